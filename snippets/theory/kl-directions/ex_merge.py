from contextlib import redirect_stdout

import numpy as np
from scipy.optimize import minimize

with redirect_stdout(None):
    from two_peaks import STDS, WEIGHTS, log_mixture, reverse_kl, x


def reverse_optima(d):
    """Fit q to 0.3 N(-d, 0.6**2) + 0.7 N(d, 0.6**2) by D_KL(q || p), from a start on each peak."""
    log_p = log_mixture(x, WEIGHTS, np.array([-d, d]), STDS)
    ends = []
    for mu0 in (-d, d):
        best = minimize(lambda v: reverse_kl(v[0], np.exp(v[1]), log_p), x0=[mu0, np.log(0.6)],
                        method="Nelder-Mead", options={"xatol": 1e-8, "fatol": 1e-12})
        ends.append((best.x[0], np.exp(best.x[1]), best.fun))
    return ends


print("d     mu_a        mu_b        d_a     d_b")
for d in (2.0, 1.8, 1.6, 1.5, 1.2):
    (mu_a, s_a, d_a), (mu_b, s_b, d_b) = reverse_optima(d)
    print(f"{d:.1f}   {mu_a:8.4f}    {mu_b:8.4f}    {d_a:.4f}  {d_b:.4f}")

# Bisect on d: below d_star both starts end at the same q, one optimum.
low, high = 1.2, 2.0
for _ in range(20):
    d = (low + high) / 2
    (mu_a, _, _), (mu_b, _, _) = reverse_optima(d)
    low, high = (low, d) if abs(mu_a - mu_b) > 0.05 else (d, high)
d_star = (low + high) / 2
print(f"{d_star=:.3f}  2 * d_star = {2 * d_star:.3f}")


# A gradient method (L-BFGS-B, mu kept to <= 0) from the small peak: below d_min
# it slides off towards the big peak, so the small peak's local minimum is gone.
def small_minimum(d):
    log_p = log_mixture(x, WEIGHTS, np.array([-d, d]), STDS)
    best = minimize(lambda v: reverse_kl(v[0], np.exp(v[1]), log_p), x0=[-d, np.log(0.6)],
                    method="L-BFGS-B", bounds=[(-2 * d, 0.0), (np.log(0.1), np.log(3.0))])
    return best.x[0] < -d / 2


low, high = 1.2, 2.0
for _ in range(20):
    d = (low + high) / 2
    low, high = (low, d) if small_minimum(d) else (d, high)
d_min = (low + high) / 2
print(f"{d_min=:.3f}  2 * d_min = {2 * d_min:.3f}")


# For comparison: the separation below which p itself has only one peak.
def peaks(d):
    density = log_mixture(x, WEIGHTS, np.array([-d, d]), STDS)
    inner = density[1:-1]
    return int(np.sum((inner > density[:-2]) & (inner > density[2:])))


low, high = 0.1, 1.2
for _ in range(30):
    d = (low + high) / 2
    low, high = (low, d) if peaks(d) == 2 else (d, high)
print(f"peaks(d) == 2 for d > {(low + high) / 2:.3f}, 2 * d > {low + high:.3f}")
