from contextlib import redirect_stdout

import numpy as np
from scipy.optimize import minimize_scalar

with redirect_stdout(None):
    from two_peaks import forward_kl, reverse_kl


def profile(divergence, mu):
    """The smallest divergence over s, for a fixed mu, and the s that gives it."""
    best = minimize_scalar(lambda t: divergence(mu, np.exp(t)), bounds=(-3, 2), method="bounded",
                           options={"xatol": 1e-8})
    return best.fun, np.exp(best.x)


mus = np.linspace(-4, 4, 161)  # step 0.05
reverse = np.array([profile(reverse_kl, mu)[0] for mu in mus])
forward = np.array([profile(forward_kl, mu)[0] for mu in mus])
fine = np.linspace(-4, 4, 801)  # step 0.01
s_one = np.array([reverse_kl(mu, 1.0) for mu in fine])  # s held at 1, the fits' starting width

# Local minima and maxima of each curve, on the mu grid.
curves = (("D_KL(q‖p)", mus, reverse), ("D_KL(p‖q)", mus, forward), ("D_KL(q‖p), s=1", fine, s_one))
for name, grid, curve in curves:
    inner = curve[1:-1]
    lows = np.flatnonzero((inner < curve[:-2]) & (inner < curve[2:])) + 1
    highs = np.flatnonzero((inner > curve[:-2]) & (inner > curve[2:])) + 1
    print(name)
    for kind, where in (("min", lows), ("max", highs)):
        for i in where:
            print(f"  {kind} mu={grid[i]:5.2f}  {curve[i]:.4f}")
