"""Mean cross-entropy of logits z = h @ W and its gradients, three ways.

h: (N, d) hidden states, W: (d, K) output weights, y: (N,) class indices.
Each function returns (loss, dL/dh, dL/dW); only the largest array it holds differs.
"""

import numpy as np


def block_loss_and_grad(z, y, n):
    """Summed loss of the rows of z, and dL/dz for the mean over n rows."""
    rows = np.arange(len(y))
    zy = z[rows, y]
    m = z.max(axis=1, keepdims=True)
    g = np.subtract(z, m)  # the block's second (N, K) array
    np.exp(g, out=g)
    s = g.sum(axis=1, keepdims=True)
    loss = (m[:, 0] + np.log(s[:, 0]) - zy).sum()
    g /= s  # softmax(z)
    g[rows, y] -= 1
    g /= n
    return loss, g


def full(h, W, y):
    """All N x K logits at once."""
    n = len(y)
    loss, g = block_loss_and_grad(h @ W, y, n)
    return loss / n, g @ W.T, h.T @ g


def over_tokens(h, W, y, chunk):
    """Rows in chunks: at most chunk x K logits at a time."""
    n = len(y)
    loss, dh, dW = 0.0, np.empty_like(h), np.zeros_like(W)
    for i in range(0, n, chunk):
        part = slice(i, i + chunk)
        block, g = block_loss_and_grad(h[part] @ W, y[part], n)
        loss += block
        dh[part] = g @ W.T
        dW += h[part].T @ g
        del g  # free this block before the next one is made
    return loss / n, dh, dW


def online_logsumexp(blocks):
    """log sum exp over the columns of a sequence of (N, C) blocks, one block at a time."""
    m, s = -np.inf, 0.0
    for z in blocks:
        m_new = np.maximum(m, z.max(axis=1))
        e = np.subtract(z, m_new[:, None])  # the block's second (N, C) array
        np.exp(e, out=e)
        s = s * np.exp(m - m_new) + e.sum(axis=1)  # rescale the old sum, add the block's
        m = m_new
        del z, e  # free this block before the next one is made
    return m + np.log(s)


def over_vocabulary(h, W, y, chunk):
    """Columns in chunks: at most N x chunk logits at a time, each computed twice."""
    n, k = len(y), W.shape[1]
    rows = np.arange(n)
    starts = range(0, k, chunk)
    zy = np.einsum("nd,dn->n", h, W[:, y])  # the label's logit, without the others
    lse = online_logsumexp(h @ W[:, a : a + chunk] for a in starts)
    loss = (lse - zy).mean()
    dh, dW = np.zeros_like(h), np.empty_like(W)
    for a in starts:  # second pass: recompute each block, turn it into dL/dz
        cols = slice(a, a + chunk)
        g = h @ W[:, cols]
        g -= lse[:, None]
        np.exp(g, out=g)  # softmax(z) for these columns
        mine = (y >= a) & (y < a + chunk)
        g[rows[mine], y[mine] - a] -= 1
        g /= n
        dh += g @ W[:, cols].T
        dW[:, cols] = h.T @ g
        del g
    return loss, dh, dW
