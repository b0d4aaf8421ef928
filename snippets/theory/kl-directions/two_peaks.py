"""The two-peaked p of the KL-directions page, a Gaussian q, and both KL
divergences between them, integrated on a fine grid in float64.

    p(x) = 0.3 N(x; -2, 0.6**2) + 0.7 N(x; 2, 0.6**2)
    q(x) = N(x; mu, s**2)     # s is the standard deviation

Densities are handled as logarithms, so that q far out in its tails, where it
is below the smallest float64, still has a finite log q.
"""

import numpy as np
from scipy.special import logsumexp

WEIGHTS = np.array([0.3, 0.7])
MEANS = np.array([-2.0, 2.0])
STDS = np.array([0.6, 0.6])

x = np.linspace(-12.0, 12.0, 24001)  # step 0.001
dx = x[1] - x[0]


def log_normal(x, mu, s):
    return -0.5 * ((x - mu) / s) ** 2 - np.log(s) - 0.5 * np.log(2 * np.pi)


def log_mixture(x, weights=WEIGHTS, means=MEANS, stds=STDS):
    terms = [np.log(w) + log_normal(x, m, s) for w, m, s in zip(weights, means, stds)]
    return logsumexp(terms, axis=0)


log_p = log_mixture(x)
p = np.exp(log_p)


def integral(values):
    return np.trapezoid(values, dx=dx)


def forward_kl(mu, s, log_p=log_p):
    """D_KL(p || q) = sum over x of p (log p - log q) dx."""
    return integral(np.exp(log_p) * (log_p - log_normal(x, mu, s)))


def reverse_kl(mu, s, log_p=log_p):
    """D_KL(q || p) = sum over x of q (log q - log p) dx."""
    log_q = log_normal(x, mu, s)
    return integral(np.exp(log_q) * (log_q - log_p))
