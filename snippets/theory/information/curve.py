import numpy as np

p = np.linspace(0.005, 1.0, 400)
marked = np.array([1 / 8, 1 / 4, 1 / 2, 1.0])

print(f"{'p':>6} {'-log2 p (bits)':>15}")
for q in [*marked, p[0]]:
    print(f"{q:>6} {np.log2(1 / q):15.4f}")
