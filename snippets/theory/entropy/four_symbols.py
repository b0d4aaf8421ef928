import numpy as np


def entropy_bits(p):
    p = np.asarray(p, dtype=float)
    p = p[p > 0]  # 0 log 0 = 0: impossible outcomes contribute nothing
    return float(-np.sum(p * np.log2(p)))


uniform = [1 / 4] * 4
skewed = [1 / 2, 1 / 4, 1 / 8, 1 / 8]
print(f"uniform {entropy_bits(uniform):.4f} bits   (log2 4 = {np.log2(4):.4f})")
print(f"skewed  {entropy_bits(skewed):.4f} bits")

# Yes/no questions "first?", "second?", "third?" for the skewed symbols.
questions = [1, 2, 3, 3]
print(f"E[questions] = {np.dot(skewed, questions):g}")
