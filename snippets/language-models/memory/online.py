import numpy as np

z = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0]) + 1000  # one row of logits
blocks = z.reshape(3, 3)  # seen three at a time

with np.errstate(over="ignore"):
    print(f"log(sum(exp(z))) = {np.log(np.exp(z).sum())}")  # e^1009 overflows float64
m, s, s_kept = -np.inf, 0.0, 0.0
print("block              max(block)  m       s         m + log s")
for block in blocks:
    m_new = max(m, block.max())
    s = s * np.exp(m - m_new) + np.exp(block - m_new).sum()  # rescale, then add
    s_kept = s_kept + np.exp(block - m_new).sum()  # a defect: the old sum is not rescaled
    m = m_new
    print(f"{block - 1000} + 1000  {block.max():<10.1f}  {m:.1f}  {s:.6f}  {m + np.log(s):.6f}")
print(f"max(z) + log(sum(exp(z - max(z)))) = {z.max() + np.log(np.exp(z - z.max()).sum()):.6f}")
print(f"m + log(s_kept) = {m + np.log(s_kept):.6f}")
