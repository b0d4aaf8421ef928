from contextlib import redirect_stdout

import numpy as np
from scipy.optimize import minimize

with redirect_stdout(None):
    from two_peaks import forward_kl, reverse_kl


def fit_reverse(mu0, s0=1.0):
    """Minimise D_KL(q || p) over mu and log s from one start."""
    best = minimize(lambda v: reverse_kl(v[0], np.exp(v[1])), x0=[mu0, np.log(s0)],
                    method="Nelder-Mead", options={"xatol": 1e-8, "fatol": 1e-12})
    return best.x[0], np.exp(best.x[1]), best.fun


# Five starts, s0 = 1 each: where does each one end?
print("mu0    mu      s       D_KL(q‖p)")
for mu0 in (-3.0, -1.0, 0.0, 1.0, 3.0):
    mu, s, d = fit_reverse(mu0)
    print(f"{mu0:4.1f}  {mu:7.4f}  {s:.4f}  {d:.4f}")

# The two local optima, and the other direction at each of them.
mu_big, s_big, d_big = fit_reverse(3.0)
mu_small, s_small, d_small = fit_reverse(-3.0)
print(f"{mu_big=:.4f}  {s_big=:.4f}  D_KL(q‖p)={d_big:.4f}  D_KL(p‖q)={forward_kl(mu_big, s_big):.4f}")
print(f"{mu_small=:.4f}  {s_small=:.4f}  D_KL(q‖p)={d_small:.4f}"
      f"  D_KL(p‖q)={forward_kl(mu_small, s_small):.4f}")
print(f"-log 0.7 = {-np.log(0.7):.4f}  -log 0.3 = {-np.log(0.3):.4f}")
