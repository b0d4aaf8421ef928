"""Reading numbers back from a recorded output, for tests that compute them another way."""

import re
import sys
from contextlib import redirect_stdout

import numpy as np


def numbers(text, pattern):
    """The numbers on the line that pattern matches, after the match."""
    line = re.search(pattern + r"(.*)$", text, re.M)
    assert line, f"no line matching {pattern!r}"
    return np.array([float(v) for v in re.findall(r"-?\d+\.\d*(?:e[-+]\d+)?", line.group(1))])


def mismatch(text, pattern, expected, digits):
    """A problem if the numbers printed after pattern are not expected, rounded to digits."""
    got = numbers(text, pattern)
    want = np.round(np.asarray(expected, dtype=float), digits) + 0.0
    if got.shape != want.shape or np.any(np.abs(got - want) > 0.6 * 10.0**-digits):
        return [f"{pattern}: printed {got}, independently {want}"]
    return []


def replace_line(text, pattern, new):
    """text with the first line that pattern matches replaced by new (which must change it)."""
    changed = re.sub(pattern + r".*$", new, text, count=1, flags=re.M)
    assert changed != text
    return changed


def snippet_module(folder, name):
    """A snippet's module (its inputs), imported from its folder without its printing."""
    sys.path.insert(0, str(folder))
    try:
        with redirect_stdout(None):
            return __import__(name)
    finally:
        sys.path.remove(str(folder))
