from contextlib import redirect_stdout

import numpy as np

with redirect_stdout(None):
    from forward_fit import mu_forward, s_forward
    from reverse_fit import mu_big, s_big
    from two_peaks import integral, log_mixture, log_normal, log_p, x

q_forward, q_big = (mu_forward, s_forward), (mu_big, s_big)
fits = {"q_forward": q_forward, "q_big": q_big}
# Each divergence is an integral over x; print its integrand at the two peaks and the valley.
for name, (mu, s) in fits.items():
    print(f"{name}: mu={mu:.4f} s={s:.4f}")
    print("   x   p(x)      q(x)      p log(p/q)  q log(q/p)")
    for point in (-2.0, 0.0, 2.0):
        lp, lq = log_mixture(point), log_normal(point, mu, s)
        pp, qq = np.exp(lp), np.exp(lq)
        print(f"{point:4.1f}  {pp:.2e}  {qq:.2e}  {pp * (lp - lq):10.4f}  {qq * (lq - lp):10.4f}")

# The same integrals, split at x = 0 (the small peak left, the big one right) and
# over the valley |x| < 1, where p is close to 0.
left, valley = x < 0, np.abs(x) < 1
print("q          D_KL(p‖q)  x<0      D_KL(q‖p)  |x|<1")
for name, (mu, s) in fits.items():
    lq = log_normal(x, mu, s)
    forward = np.exp(log_p) * (log_p - lq)
    reverse = np.exp(lq) * (lq - log_p)
    print(f"{name:9}  {integral(forward):9.4f}  {integral(forward * left):7.4f}"
          f"  {integral(reverse):9.4f}  {integral(reverse * valley):6.4f}")
