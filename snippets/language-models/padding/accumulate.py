from contextlib import redirect_stdout

import torch

with redirect_stdout(None):
    from padded_batch import labels, loss_of, model


def take_grad():  # what .backward() has added up in .grad, as one vector; then clear it
    g = torch.cat([p.grad.flatten() for p in model.parameters()])
    model.zero_grad(set_to_none=True)
    return g


model.zero_grad(set_to_none=True)
full = loss_of(slice(None))  # the whole batch at once: the token mean over N tokens
full.backward()
g_full = take_grad()

micro = [[0], [1], [2]]  # three micro-batches, one sequence each
M = len(micro)

# Wrong: each micro-batch's own token mean, divided by the number of micro-batches.
wrong = 0.0
for rows in micro:
    loss = loss_of(rows) / M
    loss.backward()  # backward() adds into .grad
    wrong += loss.item()
g_wrong = take_grad()

# Right: count the real tokens of all micro-batches first, then sum each one's losses and divide by that count.
N = (labels != -100).sum()
right = 0.0
for rows in micro:
    loss = loss_of(rows, reduction="sum") / N
    loss.backward()
    right += loss.item()
g_right = take_grad()

print(f"full  = {full.item():.4f}")
print(f"wrong = {wrong:.4f}   max|g_wrong - g_full| = {(g_wrong - g_full).abs().max():.4f}")
print(f"right = {right:.4f}   max|g_right - g_full| = {(g_right - g_full).abs().max():.1e}")
print(f"max|g_full| = {g_full.abs().max():.4f}")
