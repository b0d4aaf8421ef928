"""An integer arithmetic coder: symbols in, about sum(-log2 q(x)) bits out.

    data = encode(symbols, model)         # bytes
    symbols = decode(data, count, model)  # list of ints, as encoded

Symbols are integers 0, 1, ..., K - 1. The model gives their probabilities q,
in one of two forms:

- a sequence of K probabilities, the same for every symbol; or
- a callable, model(history) -> K probabilities of the next symbol, where
  history is the list of the symbols before it. The list grows as coding goes
  on, so the model must not change it. The decoder asks the same questions in
  the same order, so the model must answer them the same way every time. A
  model that knows each position's probabilities in advance is
  `lambda history: probabilities[len(history)]`.

The coder narrows an interval of integers, `precision` bits wide, by each
symbol's share of it, and sends the leading bits as soon as they are settled.
It rounds q to integer counts out of 2**(precision - 16), keeping at least one
count for every symbol with q > 0: frequencies() returns them. With those
counts c(x) out of a total T, the output of symbols x_1, ..., x_n holds at most

    -log2(c(x_1) / T) - ... - log2(c(x_n) / T) + n * MAX_LOSS + 2

bits, plus up to 7 bits of zeros that fill the last byte. MAX_LOSS, about
0.000088 bits per symbol, is what integer division costs at most.

A symbol the model gives probability 0 cannot be coded: encode() raises
ValueError, as it does for probabilities that are negative, NaN or do not sum
to 1, and for a symbol outside 0 .. K - 1.
"""

import math
from bisect import bisect_right

import numpy as np

# Each step's counts total T = 2**(precision - 16) and the interval is always
# wider than 2**(precision - 2), so integer division keeps at least a fraction
# 1 - T / 2**(precision - 2) = 1 - 2**-14 of the width q(x) would give it.
MAX_LOSS = -math.log2(1 - 2**-14)
TOLERANCE = 1e-6  # how far from 1 the probabilities may sum (float32 softmax is this close)


def frequencies(probabilities, precision=32):
    """The integer counts the coder uses for these probabilities.

    They sum to T = 2**(precision - 16): each is q * T rounded down, and the
    counts this leaves over go to the largest remainders, so q * T that are
    whole numbers are kept exactly. A symbol with probability 0 gets 0 counts,
    and every other symbol at least 1, taken from the largest counts.
    """
    q = _checked(probabilities)
    total = 2 ** (precision - 16)
    possible = q > 0
    if possible.sum() > total // 2:
        raise ValueError(f"{possible.sum()} symbols have probability > 0; at most {total // 2} fit")
    scaled = q / q.sum() * total
    counts = np.floor(scaled).astype(np.int64)
    counts[possible & (counts == 0)] = 1  # a symbol that can occur needs room
    short = total - int(counts.sum())
    if short > 0:
        counts[np.argsort(-(scaled - np.floor(scaled)), kind="stable")[:short]] += 1
    for _ in range(-short):
        counts[np.argmax(counts)] -= 1
    return counts.tolist()


def encode(symbols, model, precision=32):
    """The symbols, coded with the model's probabilities, as bytes.

    To read them back, decode() needs their number and the same model and precision.
    """
    _check_precision(precision)
    full, half, quarter = 2**precision, 2 ** (precision - 1), 2 ** (precision - 2)
    low, high = 0, full - 1  # the interval [low, high], inclusive
    pending = 0  # bits held back until we know which way they go
    bits = []

    def send(bit):
        nonlocal pending
        bits.append(bit)
        bits.extend([1 - bit] * pending)
        pending = 0

    history = []
    table = _tables(model, precision)
    for position, symbol in enumerate(symbols):
        cumulative = table(history)
        symbol = _checked_symbol(symbol, position, cumulative)
        width = high - low + 1
        total = cumulative[-1]
        high = low + width * cumulative[symbol + 1] // total - 1
        low = low + width * cumulative[symbol] // total
        while True:
            if high < half:  # in the lower half: the next bit is 0
                send(0)
            elif low >= half:  # in the upper half: the next bit is 1
                send(1)
                low, high = low - half, high - half
            elif low >= quarter and high < half + quarter:
                # Straddling the middle, within a quarter of it: the next two bits
                # are 01 or 10, we do not know which yet. Remember one, zoom in.
                pending += 1
                low, high = low - quarter, high - quarter
            else:
                break
            low, high = 2 * low, 2 * high + 1
        history.append(symbol)
    # Two more bits (01 or 10) pick a point inside the last interval; the zeros
    # that follow them, and any the decoder reads past the end, keep it there.
    pending += 1
    send(0 if low < quarter else 1)
    bits += [0] * (-len(bits) % 8)  # fill the last byte
    return int("".join(map(str, bits)), 2).to_bytes(len(bits) // 8, "big")


def decode(data, count, model, precision=32):
    """The first `count` symbols in data, a list of ints.

    data must come from encode() with the same model and precision. Past its
    end the decoder reads zeros, which is what encode() counts on.
    """
    _check_precision(precision)
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    full, half, quarter = 2**precision, 2 ** (precision - 1), 2 ** (precision - 2)
    stream = (int(b) for byte in bytes(data) for b in f"{byte:08b}")
    next_bit = lambda: next(stream, 0)  # past the end, zeros
    value = 0
    for _ in range(precision):
        value = 2 * value + next_bit()
    low, high = 0, full - 1
    symbols = []
    table = _tables(model, precision)
    for _ in range(count):
        cumulative = table(symbols)
        width = high - low + 1
        total = cumulative[-1]
        # The count, out of total, that value falls on; the symbol owning it.
        target = ((value - low + 1) * total - 1) // width
        symbol = bisect_right(cumulative, target) - 1
        high = low + width * cumulative[symbol + 1] // total - 1
        low = low + width * cumulative[symbol] // total
        while True:  # the encoder's steps, in the same order
            if high < half:
                pass  # the encoder sent a 0 here
            elif low >= half:
                low, high, value = low - half, high - half, value - half
            elif low >= quarter and high < half + quarter:
                low, high, value = low - quarter, high - quarter, value - quarter
            else:
                break
            low, high, value = 2 * low, 2 * high + 1, 2 * value + next_bit()
        symbols.append(symbol)
    return symbols


def _check_precision(precision):
    if not isinstance(precision, int) or precision < 18:
        raise ValueError(f"precision must be an integer of at least 18 bits, got {precision!r}")


def _tables(model, precision):
    """A function of the history that returns cumulative counts [0, c0, c0 + c1, ..., T]."""

    def cumulative(probabilities):
        return [0, *np.cumsum(frequencies(probabilities, precision)).tolist()]

    if callable(model):
        return lambda history: cumulative(model(history))
    fixed = cumulative(model)  # once, not once a symbol
    return lambda history: fixed


def _checked(probabilities):
    q = np.asarray(probabilities, dtype=np.float64)
    if q.ndim != 1 or q.size == 0:
        raise ValueError(f"probabilities must be a non-empty 1-D sequence, got shape {q.shape}")
    if not np.isfinite(q).all():
        i = int(np.flatnonzero(~np.isfinite(q))[0])
        raise ValueError(f"probabilities must be finite: {q[i]} at index {i}")
    if (q < 0).any():
        i = int(np.flatnonzero(q < 0)[0])
        raise ValueError(f"probabilities must not be negative: {q[i]} at index {i}")
    if abs(q.sum() - 1) > TOLERANCE:
        raise ValueError(f"probabilities must sum to 1, not {float(q.sum())!r}")
    return q


def _checked_symbol(symbol, position, cumulative):
    k = len(cumulative) - 1
    if isinstance(symbol, (bool, np.bool_)) or not isinstance(symbol, (int, np.integer)):
        raise ValueError(f"symbol {symbol!r} at position {position} is not an integer")
    if not 0 <= symbol < k:
        raise ValueError(f"symbol {symbol} at position {position} is outside the alphabet 0 .. {k - 1}")
    if cumulative[symbol] == cumulative[symbol + 1]:
        raise ValueError(f"symbol {symbol} at position {position} has probability 0 under the model")
    return int(symbol)
