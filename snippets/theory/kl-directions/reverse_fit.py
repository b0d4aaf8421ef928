from contextlib import redirect_stdout

import numpy as np
from scipy.optimize import minimize

with redirect_stdout(None):
    from two_peaks import forward_kl, reverse_kl


def fit_reverse(mu0, s0=1.0, method="Nelder-Mead"):
    """Minimise D_KL(q || p) over mu and log s from one start."""
    options = {"xatol": 1e-8, "fatol": 1e-12} if method == "Nelder-Mead" else {}
    best = minimize(lambda v: reverse_kl(v[0], np.exp(v[1])), x0=[mu0, np.log(s0)],
                    method=method, options=options)
    return best.x[0], np.exp(best.x[1]), best.fun


# Five starts, s0 = 1 each: where does each one end?
print("mu0    mu      s       D_KL(q‖p)")
for mu0 in (-3.0, -1.0, 0.0, 1.0, 3.0):
    mu, s, d = fit_reverse(mu0)
    print(f"{mu0:4.1f}  {mu:7.4f}  {s:.4f}  {d:.4f}")

# The start at -1.0 again, with a gradient method (BFGS) in place of Nelder-Mead.
mu_bfgs, s_bfgs, d_bfgs = fit_reverse(-1.0, method="BFGS")
print(f"{mu_bfgs=:.4f}  {s_bfgs=:.4f}  D_KL(q‖p)={d_bfgs:.4f}")

# The two local optima, and the other direction at each of them.
mu_big, s_big, d_big = fit_reverse(3.0)
mu_small, s_small, d_small = fit_reverse(-3.0)
print(f"{mu_big=:.4f}  {s_big=:.4f}  D_KL(q‖p)={d_big:.4f}  D_KL(p‖q)={forward_kl(mu_big, s_big):.4f}")
print(f"{mu_small=:.4f}  {s_small=:.4f}  D_KL(q‖p)={d_small:.4f}"
      f"  D_KL(p‖q)={forward_kl(mu_small, s_small):.4f}")
print(f"-log 0.7 = {-np.log(0.7):.4f}  -log 0.3 = {-np.log(0.3):.4f}")

# Each peak of p itself, unchanged, as q: how much of each fit it already reaches.
d_peak_big, d_peak_small = reverse_kl(2.0, 0.6), reverse_kl(-2.0, 0.6)
print(f"q = N(2, 0.6**2):   {d_peak_big:.5f}  {d_big:.5f}  {d_peak_big - d_big:.1e}")
print(f"q = N(-2, 0.6**2):  {d_peak_small:.5f}  {d_small:.5f}  {d_peak_small - d_small:.1e}")
