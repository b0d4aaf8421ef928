from contextlib import redirect_stdout

import numpy as np
from scipy.optimize import minimize

with redirect_stdout(None):
    from two_peaks import MEANS, STDS, WEIGHTS, dx, forward_kl, integral, log_mixture, p, x

print(" + ".join(f"{w} N({m}, {s}**2)" for w, m, s in zip(WEIGHTS, MEANS, STDS)))
print(f"x = {x[0]} .. {x[-1]}, dx = {dx:.3f}")

# Closed form: the q that minimises D_KL(p || q) has the mean and variance of p.
mean = np.sum(WEIGHTS * MEANS)
second_moment = np.sum(WEIGHTS * (MEANS**2 + STDS**2))  # E[x**2] of each peak is m**2 + s**2
variance = second_moment - mean**2
print(f"{mean=:.4f}  {second_moment=:.4f}  {variance=:.4f}  s={np.sqrt(variance):.4f}")

# The same moments, integrated on the grid.
grid_mean = integral(x * p)
grid_variance = integral((x - grid_mean) ** 2 * p)
print(f"{grid_mean=:.4f}  {grid_variance=:.4f}")

# Numerically: minimise D_KL(p || q) over mu and log s, starting far away.
best = minimize(lambda v: forward_kl(v[0], np.exp(v[1])), x0=[-1.0, 0.0], method="Nelder-Mead",
                options={"xatol": 1e-8, "fatol": 1e-12})
mu_forward, s_forward = best.x[0], np.exp(best.x[1])
print(f"{mu_forward=:.4f}  {s_forward=:.4f}  D_KL(p‖q)={best.fun:.4f}")

# p where this q peaks, at the big peak, and at the lowest point of the valley.
valley = x[np.argmin(np.where(np.abs(x) < 1, p, np.inf))]
for point in (mu_forward, 2.0, valley):
    print(f"x = {point:5.2f}  p(x) = {np.exp(log_mixture(point)):.4f}")
