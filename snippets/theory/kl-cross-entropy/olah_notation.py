import numpy as np

# Chris Olah's example: how often Bob (p) and Alice (q) use each of four words.
p = np.array([1 / 2, 1 / 4, 1 / 8, 1 / 8])  # Bob
q = np.array([1 / 8, 1 / 2, 1 / 4, 1 / 8])  # Alice


def length(words, code):
    """Average bits per word when words from `words` use the code built for `code`."""
    return np.sum(words * np.log2(1 / code))


print(f"length(p, p) = {length(p, p):g} bits  = H(p)")
print(f"length(q, q) = {length(q, q):g} bits  = H(q)")
print(f"length(q, p) = {length(q, p):g} bits  = H(q, p)")
print(f"length(p, q) = {length(p, q):g} bits = H(p, q)")
