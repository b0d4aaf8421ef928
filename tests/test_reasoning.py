"""Explanations, checked: where a page says why a number comes out as it
does, the snippet that shows the mechanism must print what the mechanism,
computed here independently, gives.

- Seed 000's float32 loss of [10, 0, -10] (frameworks/stability): the sum
  1 + e^-10 + e^-20 rounded to whole float32 steps of 2^-23 near 1, and the
  logarithm of that rounded sum, is the float32 loss; log1p avoids it.
- Olah's notation (theory/kl-cross-entropy): his H_q(p) is this site's H(p, q).
"""

import math
import re
from fractions import Fraction

import numpy as np

from layout import SNIPPETS

FLOAT32 = SNIPPETS / "frameworks" / "stability" / "float32.out"
OLAH = SNIPPETS / "theory" / "kl-cross-entropy" / "olah_notation.out"


def printed(text, pattern):
    return re.search(pattern, text, re.M).group(1)


def float32_problems(out):
    """What in the float32 snippet's output the rounding mechanism does not give."""
    small = math.exp(-10) + math.exp(-20)
    kept = round(small / 2**-23)  # float32 rounds to the nearest step near 1
    rounded_log = f"{math.log(1 + kept * 2**-23):.4e}"
    expected = {
        r"^float32 step: (\S+)": f"{2**-23:.4e}",
        r"= (\S+) · 2\^-23;": f"{small / 2**-23:.2f}",
        r"float32 total = 1 \+ (\d+) · 2\^-23$": str(kept),
        # The float32 loss is the log of the rounded sum ...
        r"^torch\.float32\s+(\S+)": rounded_log,
        r"^float32 log\(total\):\s+(\S+)": rounded_log,
        # ... and log1p of the small part alone is right to the printed digits.
        r"^float32 log1p\(e\^-10 \+ e\^-20\):\s+(\S+)": f"{math.log1p(small):.4e}",
    }
    problems = []
    for pattern, value in expected.items():
        match = re.search(pattern, out, re.M)
        if match is None or match.group(1) != value:
            problems.append(f"{pattern}: printed {match and match.group(1)}, the mechanism gives {value}")
    return problems


def test_float32_loss_is_the_log_of_the_rounded_sum():
    assert float32_problems(FLOAT32.read_text()) == []


def test_float32_check_rejects_the_old_explanation():
    """The page used to say the loss was logsumexp(z) - 10 rounded near 10:
    that mechanism gives another number, and the check says so."""
    small = math.exp(-10) + math.exp(-20)
    lse_minus_10 = f"{float(np.float32(10 + small)) - 10:.4e}"
    out = FLOAT32.read_text()
    wrong = re.sub(r"^(torch\.float32\s+)\S+", rf"\g<1>{lse_minus_10}", out, flags=re.M)
    assert lse_minus_10 == "4.5776e-05" and len(float32_problems(wrong)) == 1


def test_olah_h_q_of_p_is_this_sites_h_of_p_q():
    out = OLAH.read_text()
    p = [Fraction(1, 2), Fraction(1, 4), Fraction(1, 8), Fraction(1, 8)]
    q = [Fraction(1, 8), Fraction(1, 2), Fraction(1, 4), Fraction(1, 8)]
    # Every probability is a power of 1/2, so each log2 is a whole number of bits.
    bits = {Fraction(1, 2**k): k for k in range(4)}

    def h(words, code):  # this site's H(words, code) = sum words * log2 1/code
        return sum(w * bits[c] for w, c in zip(words, code, strict=True))

    def olah(code, words):  # Olah's H_code(words) = sum words * log2 1/code
        return sum(w * bits[c] for c, w in zip(code, words, strict=True))

    # The snippet's length(words, code) is Olah's H_code(words): each line
    # prints it and names this site's H for the same number.
    assert printed(out, r"^length\(p, p\) = (\S+) bits\s+= H\(p\)$") == f"{float(h(p, p)):g}" == "1.75"
    assert printed(out, r"^length\(q, q\) = (\S+) bits\s+= H\(q\)$") == f"{float(h(q, q)):g}" == "1.75"
    assert printed(out, r"^length\(q, p\) = (\S+) bits\s+= H\(q, p\)$") == f"{float(olah(p, q)):g}"
    assert printed(out, r"^length\(p, q\) = (\S+) bits\s+= H\(p, q\)$") == f"{float(olah(q, p)):g}"
    assert olah(q, p) == h(p, q) and olah(p, q) == h(q, p)  # his H_q(p) is this site's H(p, q)
    assert float(h(p, q)) == 2.375 and float(h(q, p)) == 2.25
