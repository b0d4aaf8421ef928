import numpy as np

# Shannon's redundancy of a source with K symbols: R = 1 - H / log2 K.
for p in ([0.25, 0.25, 0.25, 0.25], [0.7, 0.1, 0.1, 0.1], [0.97, 0.01, 0.01, 0.01]):
    p = np.array(p)
    h = -np.sum(p * np.log2(p))
    print(f"p = {p}: H = {h:.4f} bits, R = {1 - h / np.log2(len(p)):.4f}")
