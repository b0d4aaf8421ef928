import numpy as np

x = np.array([0.5, 0.2, 0.9])  # three sample probabilities
n = len(x)

print(f"log of the product      {np.log(np.prod(x)):.4f}")
print(f"sum over i of log x_i   {np.sum(np.log(x)):.4f}")
# Read as written, sum_{j=1}^{n} log(x_i) repeats one term n times.
for i in range(n):
    print(f"sum over j of log x_{i + 1}   {n * np.log(x[i]):.4f}")
