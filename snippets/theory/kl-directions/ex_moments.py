from contextlib import redirect_stdout

import numpy as np
from scipy.optimize import minimize

with redirect_stdout(None):
    from two_peaks import forward_kl, integral, log_mixture, x

# Three peaks this time.
weights = np.array([0.2, 0.5, 0.3])
means = np.array([-3.0, 0.0, 4.0])
stds = np.array([1.0, 0.5, 1.5])
log_p = log_mixture(x, weights, means, stds)
print(" + ".join(f"{w} N({m}, {s}**2)" for w, m, s in zip(weights, means, stds)))

mean = np.sum(weights * means)
variance = np.sum(weights * (means**2 + stds**2)) - mean**2
print(f"{mean=:.4f}  {variance=:.4f}  s={np.sqrt(variance):.4f}")
print(f"∫ p = {integral(np.exp(log_p)):.6f}  ∫ x p = {integral(x * np.exp(log_p)):.4f}")

best = minimize(lambda v: forward_kl(v[0], np.exp(v[1]), log_p), x0=[0.0, 0.0], method="Nelder-Mead",
                options={"xatol": 1e-8, "fatol": 1e-12})
mu, s = best.x[0], np.exp(best.x[1])
print(f"argmin D_KL(p‖q): {mu=:.4f}  {s=:.4f}  D_KL(p‖q)={best.fun:.4f}")
