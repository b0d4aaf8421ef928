import numpy as np

p = np.array([0.7, 0.2, 0.1])  # a soft target
q = np.array([0.5, 0.3, 0.2])  # a model

first = np.sum(p * np.log(p))  # KL = sum p log p - sum p log q: its first part
second = -np.sum(p * np.log(q))  # the cross-entropy H(p, q)
entropy = -np.sum(p * np.log(p))
kl = np.sum(p * np.log(p / q))
print(f"first = Σ p log p = {first:.4f}, H(p) = {entropy:.4f}")
print(f"D_KL(p‖q) = {kl:.4f} = H(p, q) - H(p) = {second:.4f} - {entropy:.4f}")
