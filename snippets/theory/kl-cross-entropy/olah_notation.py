import numpy as np

# Chris Olah's example: how often Bob (p) and Alice (q) use each of four words.
p = np.array([1 / 2, 1 / 4, 1 / 8, 1 / 8])  # Bob
q = np.array([1 / 8, 1 / 2, 1 / 4, 1 / 8])  # Alice


def length(words, code):
    """Average bits per word when words from `words` use the code built for `code`."""
    return np.sum(words * np.log2(1 / code))


print(f"H(p), Bob with his own code:      {length(p, p):g} bits")
print(f"Olah's H_p(q), Alice, Bob's code: {length(q, p):g} bits  = this site's H(q, p)")
print(f"Olah's H_q(p), Bob, Alice's code: {length(p, q):g} bits = this site's H(p, q)")
