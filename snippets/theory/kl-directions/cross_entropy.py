from contextlib import redirect_stdout

import numpy as np
from scipy.optimize import minimize

with redirect_stdout(None):
    from forward_fit import mu_forward, s_forward, variance
    from two_peaks import forward_kl, integral, log_normal, log_p, p, x


def cross_entropy(mu, s):
    """H(p, q) = -sum over x of p log q dx, in nats."""
    return -integral(p * log_normal(x, mu, s))


h = -integral(p * log_p)  # H(p), the differential entropy of p
ce = cross_entropy(mu_forward, s_forward)
kl = forward_kl(mu_forward, s_forward)
print(f"H(p) = {h:.4f}  H(p, q) = {ce:.4f}  D_KL(p‖q) = {kl:.4f} nats")
print(f"H(p) + D_KL(p‖q) - H(p, q) = {h + kl - ce:.1e}")
# At the best q, H(p, q) is the entropy of a Gaussian with the variance of p.
print(f"0.5 log(2 pi e variance) = {0.5 * np.log(2 * np.pi * np.e * variance):.4f}")

# Minimise H(p, q) itself, from the same start as the KL fit: the same q comes out.
best = minimize(lambda v: cross_entropy(v[0], np.exp(v[1])), x0=[-1.0, 0.0], method="Nelder-Mead",
                options={"xatol": 1e-8, "fatol": 1e-12})
print(f"argmin H(p, q): mu={best.x[0]:.4f}  s={np.exp(best.x[1]):.4f}")
