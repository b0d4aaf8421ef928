"""The arithmetic coder of snippets/theory/code-length/arithmetic_coder.py, which the code-length
page uses and a later page imports.

- It round-trips: decode(encode(x)) == x, for random alphabets, probabilities (some of them 0),
  sequences, precisions, and models that depend on the symbols before (hypothesis, derandomized).
- Its size is what its docstring states: at most sum(-log2(c(x) / T)) + n * MAX_LOSS + 2 bits,
  plus at most 7 bits that fill the last byte, where c / T are the counts frequencies() rounds q
  to; and those counts are within (K + 1) / T of q, exactly q where q * T are whole numbers.
- Bad input raises a ValueError that names the problem: probabilities that do not sum to 1, are
  negative or NaN, and a symbol outside the alphabet or one the model gives probability 0.

Each check is shown failing on the defect it guards against.
"""

import math
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contract import SNIPPETS

FOLDER = str(SNIPPETS / "theory" / "code-length")
sys.path.insert(0, FOLDER)
import arithmetic_coder as coder  # noqa: E402

sys.path.remove(FOLDER)

FAST = settings(max_examples=40, deadline=None, derandomize=True, database=None)
PAD = 7  # bits of zeros that fill the last byte


def round_trips(symbols, model, precision=32, data=None):
    data = coder.encode(symbols, model, precision) if data is None else data
    return coder.decode(data, len(symbols), model, precision) == list(symbols)


def ideal_bits(symbols, model, precision=32):
    """sum(-log2(c(x) / T)) over the symbols, with the counts the coder uses."""
    total, bits, history = 2 ** (precision - 16), 0.0, []
    for x in symbols:
        probabilities = model(history) if callable(model) else model
        bits -= math.log2(coder.frequencies(probabilities, precision)[x] / total)
        history.append(x)
    return bits


def size_problems(data, symbols, model, precision=32):
    """How data breaks the docstring's bound, or falls implausibly far below the ideal."""
    ideal = ideal_bits(symbols, model, precision)
    most = ideal + len(symbols) * coder.MAX_LOSS + 2 + PAD
    least = ideal - precision - 2  # no coder beats the ideal by more than its final interval
    size = 8 * len(data)
    return [f"{size} bits > {most:.2f}"] * (size > most) + [f"{size} bits < {least:.2f}"] * (size < least)


@st.composite
def coded_input(draw, contextual=False):
    """(symbols, model, precision): probabilities with zeros, symbols the model allows."""
    k = draw(st.integers(1, 6))
    precision = draw(st.sampled_from([20, 24, 32, 48]))

    def distribution():
        weights = draw(st.lists(st.integers(0, 50), min_size=k, max_size=k).filter(any))
        q = np.array(weights, dtype=np.float64)
        return q / q.sum()

    picks = draw(st.lists(st.integers(0, 999), max_size=100 if contextual else 300))
    if not contextual:
        q = distribution()
        allowed = np.flatnonzero(q).tolist()
        return [allowed[i % len(allowed)] for i in picks], q, precision
    # The next symbol's probabilities depend on the one before: a table, row by previous symbol.
    rows = [distribution() for _ in range(k + 1)]

    def model(history):
        return rows[history[-1] if history else k]

    symbols = []
    for i in picks:
        allowed = np.flatnonzero(model(symbols)).tolist()
        symbols.append(allowed[i % len(allowed)])
    return symbols, model, precision


@FAST
@given(coded_input())
def test_round_trip_and_size_with_a_fixed_model(case):
    symbols, q, precision = case
    data = coder.encode(symbols, q, precision)
    assert round_trips(symbols, q, precision, data)
    assert size_problems(data, symbols, q, precision) == []


@FAST
@given(coded_input(contextual=True))
def test_round_trip_and_size_with_a_model_of_the_history(case):
    symbols, model, precision = case
    data = coder.encode(symbols, model, precision)
    assert round_trips(symbols, model, precision, data)
    assert size_problems(data, symbols, model, precision) == []


def test_a_long_sequence_costs_its_cross_entropy():
    """10,000 symbols of Olah's p in Alice's code q: q * T are whole numbers, so the counts are
    q itself and the size is within 2 + 7 bits (and n * MAX_LOSS) of sum(-log2 q(x))."""
    p = np.array([1 / 2, 1 / 4, 1 / 8, 1 / 8])
    q = np.array([1 / 8, 1 / 2, 1 / 4, 1 / 8])
    assert coder.frequencies(q) == (q * 2**16).astype(int).tolist()
    x = np.random.default_rng(0).choice(4, size=10_000, p=p)
    data = coder.encode(x, q)
    exact = -np.log2(q[x]).sum()
    assert exact <= 8 * len(data) <= exact + len(x) * coder.MAX_LOSS + 2 + PAD
    assert round_trips(x.tolist(), q)


@FAST
@given(st.lists(st.floats(0, 1), min_size=1, max_size=8).filter(lambda w: sum(w) > 1e-3))
def test_counts_are_close_to_the_probabilities(weights):
    q = np.array(weights) / sum(weights)
    counts = np.array(coder.frequencies(q))
    total = 2**16
    assert counts.sum() == total and ((counts > 0) == (q > 0)).all()
    assert np.abs(counts / total - q).max() <= (len(q) + 1) / total


def error_of(call):
    """The ValueError's message, or None if the call returns."""
    try:
        call()
    except ValueError as e:
        return str(e)
    return None


BAD_INPUT = {
    "probabilities must sum to 1": lambda: coder.encode([0], [0.5, 0.4]),
    "must not be negative: -0.1 at index 0": lambda: coder.encode([1], [-0.1, 0.6, 0.5]),
    "must be finite: nan at index 1": lambda: coder.encode([0], [0.5, float("nan"), 0.5]),
    "symbol 4 at position 1 is outside the alphabet 0 .. 1": lambda: coder.encode([0, 4], [0.5, 0.5]),
    "symbol -1 at position 0 is outside the alphabet": lambda: coder.encode([-1], [0.5, 0.5]),
    "symbol 1.0 at position 0 is not an integer": lambda: coder.encode([1.0], [0.5, 0.5]),
    "symbol 0 at position 2 has probability 0": lambda: coder.encode([1, 2, 0], [0.0, 0.5, 0.5]),
    "1-D sequence": lambda: coder.encode([0], [[0.5, 0.5]]),
    "sum to 1, not 2.0": lambda: coder.encode([0], lambda history: [1.0, 1.0]),  # a callable model too
    "in decode": lambda: coder.decode(b"", 1, [0.5, 0.7]),
}


@pytest.mark.parametrize("message", BAD_INPUT)
def test_bad_input_raises_a_value_error_that_names_it(message):
    found = error_of(BAD_INPUT[message])
    expected = message.removeprefix("in decode") or "probabilities must sum to 1"
    assert found is not None and expected in found, found


# --- the checks above must be able to fail ---------------------------------------------------


def test_round_trip_check_fails_on_the_wrong_model_or_a_flipped_bit():
    x = [0, 1, 1, 0, 2, 0, 1] * 20
    q = [0.5, 0.3, 0.2]
    data = coder.encode(x, q)
    assert round_trips(x, q, data=data)
    assert not round_trips(x, [0.2, 0.3, 0.5], data=data)
    assert not round_trips(x, q, data=bytes([data[0] ^ 0x40]) + data[1:])


def test_size_check_fails_on_wasted_or_missing_bits():
    x = [0, 1, 1, 0, 2, 0, 1] * 20
    q = [0.5, 0.3, 0.2]
    data = coder.encode(x, q)
    assert size_problems(data, x, q) == []
    assert len(size_problems(data + b"\0\0", x, q)) == 1  # 16 bits more than the bound allows
    assert len(size_problems(data[: len(data) // 2], x, q)) == 1  # impossibly short


def test_error_check_fails_when_the_coder_stops_checking(monkeypatch):
    assert error_of(lambda: coder.encode([0, 1], [0.5, 0.5])) is None
    monkeypatch.setattr(coder, "_checked", lambda probabilities: np.asarray(probabilities, dtype=float))
    assert error_of(BAD_INPUT["probabilities must sum to 1"]) is None  # now it codes nonsense
    monkeypatch.setattr(coder, "_checked_symbol", lambda symbol, position, cumulative: int(symbol))
    with pytest.raises(IndexError):  # not a ValueError that names the problem
        BAD_INPUT["symbol 4 at position 1 is outside the alphabet 0 .. 1"]()
