"""The key numbers of theory/kl-directions, computed here another way: with
scipy.integrate.quad on the densities, never the snippets' grid, and with the
mixture's moments in closed form.

- The forward fit (minimum of D_KL(p || q) over a Gaussian q) has the mixture's
  mean 0.3 * (-2) + 0.7 * 2 and variance E[x^2] - mean^2, and the printed
  divergence is what quad gives there.
- Each printed reverse fit (local minimum of D_KL(q || p)) is a stationary
  point: its finite-difference gradient, from quad, is about 0; it is a minimum,
  it lies on a peak of p, and its printed divergence is quad's.
- H(p, q) = H(p) + D_KL(p || q) at the forward fit, with H(p) the differential
  entropy from quad and the printed values equal to these; the ELBO is
  log Z - D_KL(q || p).
- BFGS from (-1, 1) is printed at the big-peak fit; with s held at 1 the
  printed ridge is a maximum of quad's D_KL(q || p); each peak's own Gaussian
  gives quad's divergence, a little above the fit; p is quad's log p where it
  is quoted, and the valley's minimum is scipy's.
- Exercise 1: the printed thresholds are consistent with their doubles, the
  small peak's local minimum (L-BFGS-B on quad's divergence) exists just
  above d_min and not just below, and p has two modes just above its printed
  limit and one just below.

Each check is shown failing on the defect it guards against.
"""

import math
import re

import numpy as np
import pytest
from scipy import integrate
from scipy.optimize import minimize, minimize_scalar

from contract import SNIPPETS

FOLDER = SNIPPETS / "theory" / "kl-directions"
WEIGHTS, MEANS, STD = (0.3, 0.7), (-2.0, 2.0), 0.6
LIMITS = (-15.0, 15.0)  # p and every q here are below 1e-40 outside
BREAKS = [-2.0, 0.0, 2.0]


def out(name):
    return (FOLDER / f"{name}.out").read_text(encoding="utf-8")


def printed(text, pattern):
    match = re.search(pattern, text, re.M)
    assert match, pattern
    return match.groups()


def log_normal(x, mu, s):
    return -0.5 * ((x - mu) / s) ** 2 - math.log(s) - 0.5 * math.log(2 * math.pi)


def log_p(x):
    return float(
        np.logaddexp(*(math.log(w) + log_normal(x, m, STD) for w, m in zip(WEIGHTS, MEANS, strict=True)))
    )


def quad(f):
    value, _ = integrate.quad(f, *LIMITS, points=BREAKS, limit=400, epsabs=1e-13, epsrel=1e-12)
    return value


def forward_kl(mu, s):
    return quad(lambda x: math.exp(log_p(x)) * (log_p(x) - log_normal(x, mu, s)))


def reverse_kl(mu, s):
    return quad(lambda x: math.exp(log_normal(x, mu, s)) * (log_normal(x, mu, s) - log_p(x)))


# --- the forward fit matches the moments ---------------------------------------------------------

MEAN = WEIGHTS[0] * MEANS[0] + WEIGHTS[1] * MEANS[1]
SECOND_MOMENT = sum(w * (m**2 + STD**2) for w, m in zip(WEIGHTS, MEANS, strict=True))
VARIANCE = SECOND_MOMENT - MEAN**2


def forward_problems(text, mean=MEAN, variance=VARIANCE):
    """Where forward_fit's output differs from the moments and quad's divergence there."""
    mu, s, kl = printed(text, r"^mu_forward=(\S+)\s+s_forward=(\S+)\s+D_KL\(p‖q\)=(\S+)$")
    s_expected = math.sqrt(variance)
    expected = (f"{mean:.4f}", f"{s_expected:.4f}", f"{forward_kl(mean, s_expected):.4f}")
    return [f"printed {a}, expected {b}" for a, b in zip((mu, s, kl), expected, strict=True) if a != b]


def test_the_moments_in_closed_form_are_the_mixtures():
    assert quad(lambda x: math.exp(log_p(x))) == pytest.approx(1, abs=1e-10)
    assert quad(lambda x: x * math.exp(log_p(x))) == pytest.approx(MEAN, abs=1e-10)
    assert quad(lambda x: x * x * math.exp(log_p(x))) == pytest.approx(SECOND_MOMENT, abs=1e-10)


def test_forward_fit_is_the_moment_match():
    assert forward_problems(out("forward_fit")) == []


def test_forward_check_fails_without_the_peaks_own_variance():
    # A classic slip: the variance of the peak means alone, sum w m^2 - mean^2, forgets 0.6^2.
    wrong = sum(w * m**2 for w, m in zip(WEIGHTS, MEANS, strict=True)) - MEAN**2
    assert len(forward_problems(out("forward_fit"), variance=wrong)) == 2  # s and the divergence


# --- the reverse fits are local minima on the peaks ----------------------------------------------


def reverse_fits():
    text = out("reverse_fit")
    fits = {}
    for name in ("big", "small"):
        mu, s, kl = printed(text, rf"^mu_{name}=(\S+)\s+s_{name}=(\S+)\s+D_KL\(q‖p\)=(\S+)")
        fits[name] = (float(mu), float(s), kl)
    return fits


def gradient(mu, s, h=1e-3):
    return (
        (reverse_kl(mu + h, s) - reverse_kl(mu - h, s)) / (2 * h),
        (reverse_kl(mu, s + h) - reverse_kl(mu, s - h)) / (2 * h),
    )


def stationary_problems(mu, s, tolerance=2e-3):
    """What makes (mu, s) no local minimum of D_KL(q || p). The point is printed to 4 decimals,
    so its gradient is up to the curvature (about 1 / s^2) times 5e-5, well under the tolerance."""
    problems = [
        f"dD/d{n} = {g:.2e}" for n, g in zip(("mu", "s"), gradient(mu, s), strict=True) if abs(g) > tolerance
    ]
    here = reverse_kl(mu, s)
    for dmu, ds in ((0.05, 0), (-0.05, 0), (0, 0.05), (0, -0.05)):
        if reverse_kl(mu + dmu, s + ds) < here:
            problems.append(f"lower at ({mu + dmu:.4f}, {s + ds:.4f})")
    return problems


@pytest.mark.parametrize("name, peak", [("big", 2.0), ("small", -2.0)])
def test_reverse_fit_is_a_local_minimum_on_a_peak(name, peak):
    mu, s, kl = reverse_fits()[name]
    assert stationary_problems(mu, s) == []
    assert abs(mu - peak) < 0.05 and abs(s - STD) < 0.05
    assert kl == f"{reverse_kl(mu, s):.4f}"


def test_stationary_check_fails_off_the_optimum():
    mu, s, _ = reverse_fits()["big"]
    assert stationary_problems(mu + 0.03, s) != []  # a point beside it
    assert stationary_problems(MEAN, math.sqrt(VARIANCE)) != []  # the forward fit is no reverse optimum


# --- cross-entropy, entropy and the forward divergence -------------------------------------------


def entropy_problems(text, entropy_of=lambda: quad(lambda x: -math.exp(log_p(x)) * log_p(x))):
    """Where cross_entropy's output breaks H(p, q) = H(p) + D_KL(p || q), computed here."""
    mu, s = MEAN, math.sqrt(VARIANCE)
    h = entropy_of()
    # H(p, q) for a Gaussian q, in closed form: E_p[(x - mu)^2] = variance + (mean - mu)^2.
    ce = 0.5 * math.log(2 * math.pi * s**2) + (VARIANCE + (MEAN - mu) ** 2) / (2 * s**2)
    kl = forward_kl(mu, s)
    problems = [] if abs(h + kl - ce) < 1e-9 else [f"H + D_KL - H(p, q) = {h + kl - ce:.2e}"]
    shown = printed(text, r"^H\(p\) = (\S+)\s+H\(p, q\) = (\S+)\s+D_KL\(p‖q\) = (\S+) nats$")
    expected = (f"{h:.4f}", f"{ce:.4f}", f"{kl:.4f}")
    return problems + [f"printed {a}, expected {b}" for a, b in zip(shown, expected, strict=True) if a != b]


def test_cross_entropy_is_entropy_plus_forward_kl():
    assert entropy_problems(out("cross_entropy")) == []


def test_identity_check_fails_with_the_models_entropy_in_place_of_the_truths():
    # H(q) of the forward fit is 0.5 log(2 pi e s^2): equal to H(p, q) here, so it breaks the identity.
    def h_q():
        return 0.5 * math.log(2 * math.pi * math.e * VARIANCE)

    assert len(entropy_problems(out("cross_entropy"), entropy_of=h_q)) == 2  # identity and H(p)


def elbo_problems(text, z=5.0):
    """Where elbo's output for the big-peak fit is not log Z - D_KL(q || p) from quad."""
    mu, s, _ = reverse_fits()["big"]
    elbo, difference = printed(text, r"^q_big\s+(\S+)\s+(\S+)$")
    expected = f"{math.log(z) - reverse_kl(mu, s):.4f}"
    return [f"printed {v}, expected {expected}" for v in (elbo, difference) if v != expected]


def test_elbo_is_log_z_minus_reverse_kl():
    assert elbo_problems(out("elbo")) == []


def test_elbo_check_fails_with_another_constant():
    assert len(elbo_problems(out("elbo"), z=4.0)) == 2


# --- the start, the optimiser and the peaks' own Gaussians ---------------------------------------


def test_bfgs_from_the_small_peaks_side_ends_on_the_big_peak():
    # Nelder-Mead from (-1, 1) ends on the small peak; BFGS from there is printed at the big one.
    text = out("reverse_fit")
    bfgs = printed(text, r"^mu_bfgs=(\S+)\s+s_bfgs=(\S+)\s+D_KL\(q‖p\)=(\S+)$")
    mu, s, kl = reverse_fits()["big"]
    assert bfgs == (f"{mu:.4f}", f"{s:.4f}", kl)
    assert printed(text, r"^-1\.0\s+(\S+)") == (f"{reverse_fits()['small'][0]:.4f}",)


def test_with_s_held_at_one_the_ridge_is_right_of_the_start():
    ((where, value),) = re.findall(r"^  max mu=\s*(\S+)\s+(\S+)$", out("kl_profile").split("s=1")[1], re.M)
    mu = float(where)
    assert reverse_kl(mu, 1.0) > max(reverse_kl(mu - 0.01, 1.0), reverse_kl(mu + 0.01, 1.0))
    assert value == f"{reverse_kl(mu, 1.0):.4f}"
    assert -1.0 < mu  # the start at -1.0 lies to its left, on the small peak's side


def test_each_peak_unchanged_is_almost_the_fit():
    text = out("reverse_fit")
    fits = reverse_fits()
    for peak, name in ((2.0, "big"), (-2.0, "small")):
        shown, fit, gain = printed(text, rf"^q = N\({peak:g}, 0\.6\*\*2\):\s+(\S+)\s+(\S+)\s+(\S+)$")
        unchanged = reverse_kl(peak, STD)
        assert shown == f"{unchanged:.5f}"
        assert fit == f"{reverse_kl(*fits[name][:2]):.5f}"
        assert 0 < float(gain) < (-math.log(WEIGHTS[peak > 0]) - unchanged) / 5  # the tail does most


def test_p_at_the_forward_fits_peak_and_in_the_valley():
    rows = dict(re.findall(r"^x = \s*(\S+)\s+p\(x\) = (\S+)$", out("forward_fit"), re.M))
    valley = minimize_scalar(log_p, bounds=(-1, 1), method="bounded", options={"xatol": 1e-9})
    expected = {f"{MEAN:.2f}": MEAN, "2.00": 2.0, f"{valley.x:.2f}": valley.x}
    assert rows == {k: f"{math.exp(log_p(v)):.4f}" for k, v in expected.items()}


# --- exercise 1: where the reverse fit's second optimum goes --------------------------------------


def mixture_log_p(x, d):
    return np.logaddexp(math.log(0.3) + log_normal(x, -d, STD), math.log(0.7) + log_normal(x, d, STD))


def small_peak_minimum(d):
    """L-BFGS-B from the small peak on quad's D_KL(q || p): does it stay there?"""

    def kl(v):
        mu, s = v[0], math.exp(v[1])
        value, _ = integrate.quad(
            lambda x: math.exp(log_normal(x, mu, s)) * (log_normal(x, mu, s) - float(mixture_log_p(x, d))),
            *LIMITS,
            points=[-d, 0.0, d],
            limit=400,
            epsabs=1e-13,
            epsrel=1e-12,
        )
        return value

    best = minimize(
        kl, x0=[-d, math.log(STD)], method="L-BFGS-B", bounds=[(-2 * d, 0.0), (math.log(0.1), math.log(3.0))]
    )
    return best.x[0] < -d / 2


def modes(d):
    x = np.linspace(-4, 4, 400001)
    f = mixture_log_p(x, d)
    return int(np.sum((f[1:-1] > f[:-2]) & (f[1:-1] > f[2:])))


def merge_thresholds(text):
    """The three printed thresholds of ex_merge, (d, 2 d) each, and those whose 2 d is not twice d."""
    rows = {
        "d_star": r"^d_star=(\S+)\s+2 \* d_star = (\S+)$",
        "d_min": r"^d_min=(\S+)\s+2 \* d_min = (\S+)$",
        "d_peaks": r"^peaks\(d\) == 2 for d > (\S+), 2 \* d > (\S+)$",
    }
    found = {name: tuple(map(float, printed(text, pattern))) for name, pattern in rows.items()}
    # each is printed to 3 decimals, so 2 d is twice d to within 1.5e-3
    return found, [name for name, (one, two) in found.items() if abs(2 * one - two) > 0.0015]


def test_merge_thresholds():
    found, inconsistent = merge_thresholds(out("ex_merge"))
    assert inconsistent == []
    (d_star, _), (d_min, _), (d_peaks, _) = found["d_star"], found["d_min"], found["d_peaks"]
    assert d_peaks < d_min <= d_star
    # the small peak's local minimum exists just above d_min and is gone just below
    assert small_peak_minimum(d_min + 0.001) and not small_peak_minimum(d_min - 0.001)
    assert modes(d_peaks + 0.001) == 2 and modes(d_peaks - 0.001) == 1


def test_merge_check_fails_on_rounding_to_two_decimals():
    # The old output: d_star 1.5837 printed as 1.58, and twice it, 3.1674, as 3.17.
    text = out("ex_merge").replace("d_star=1.584  2 * d_star = 3.167", "d_star=1.58  2 * d_star = 3.17")
    assert merge_thresholds(text)[1] == ["d_star"]
