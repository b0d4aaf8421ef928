import numpy as np

x = np.array([0.5, 0.2, 0.9])  # three sample probabilities
n = len(x)

print(f"log Π x        {np.log(np.prod(x)):.4f}")
print(f"Σ_i log x[i]   {np.sum(np.log(x)):.4f}")
# Read as written, sum_{j=1}^{n} log(x_i) repeats one term n times.
for i in range(n):
    print(f"n log x[{i}]     {n * np.log(x[i]):.4f}")
