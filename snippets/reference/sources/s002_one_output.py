import numpy as np

# Seed 002's softmax outputs, the target being class 0 (one-hot t).
q = np.array([0.90, 0.05, 0.05])
t = np.array([1.0, 0.0, 0.0])
jacobian = np.diag(q) - np.outer(q, q)  # d q_j / d z_i

# MSE: the article differentiates (q_0 - 1)^2 / 2 only; the loss has every output.
one_term = (q[0] - t[0]) * jacobian[0, 0]
full = jacobian @ (q - t)  # gradient of 1/2 sum_j (q_j - t_j)^2
print(f"MSE          ∂L/∂z[0]: one_term {one_term:.5f}, full {full[0]:.5f}")

# CE: the binary formula on q_0 alone with t_0 = 1 is -ln q_0, the true loss.
# On every output, with the zeros of t, it is another loss with another gradient.
d_binary = -t / q + (1 - t) / (1 - q)  # d/dq of -[t ln q + (1 - t) ln(1 - q)], summed over j
print(f"Σ BCE(q, t)  ∂L/∂z[0]: {(jacobian @ d_binary)[0]:.4f}")
print(f"CE           ∂L/∂z[0] = (q - t)[0]: {(q - t)[0]:.4f}")
