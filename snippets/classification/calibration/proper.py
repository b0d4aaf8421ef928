import numpy as np

p = np.array([0.6, 0.3, 0.1])  # the true distribution of one sample's label
# every q on the simplex in steps of 0.01
a, b = np.meshgrid(np.arange(101), np.arange(101), indexing="ij")
keep = a + b <= 100
q = np.stack([a[keep], b[keep], 100 - a[keep] - b[keep]], axis=1) / 100
onehot = np.eye(3)  # y for each class; the label is class k with probability p_k
with np.errstate(divide="ignore"):
    log_loss = -np.log(q) @ p  # E_p[-log q(y)]
brier = ((q[:, None, :] - onehot) ** 2).sum(axis=2) @ p  # E_p[sum_k (q_k - y_k)^2]
absolute = np.abs(q[:, None, :] - onehot).sum(axis=2) @ p  # E_p[sum_k |q_k - y_k|]
for name, score in (("log_loss", log_loss), ("brier", brier), ("absolute", absolute)):
    best = np.argmin(score)
    print(f"{name:<9} argmin q = {q[best]}  min = {score[best]:.4f}")

# why: both expected scores split into a part that q cannot change and a gap
H_p = -(p * np.log(p)).sum()
r = np.array([0.5, 0.25, 0.25])  # any other model
D_KL = (p * np.log(p / r)).sum()
print(f"H(p) = {H_p:.4f}  -sum p log r = {-(p * np.log(r)).sum():.4f}  H(p) + D_KL(p‖r) = {H_p + D_KL:.4f}")
gap = ((r - p) ** 2).sum()
print(f"1 - sum p^2 = {1 - (p**2).sum():.4f}  brier(r) = {(((r - onehot) ** 2).sum(axis=1) @ p):.4f}"
      f"  1 - sum p^2 + sum (r - p)^2 = {1 - (p**2).sum() + gap:.4f}")  # fmt: skip
