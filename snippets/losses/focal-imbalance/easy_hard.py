import numpy as np

gamma = 2.0
print(f"gamma = {gamma:g}")
print(f"{'p_t':>5}  {'CE':>7}  {'(1 - p_t)^gamma':>15}  {'FL':>9}  {'CE / FL':>7}")
for p_t in [0.99, 0.9, 0.5, 0.1]:
    ce = -np.log(p_t)
    factor = (1 - p_t) ** gamma
    FL = factor * ce  # the focal loss
    print(f"{p_t:5g}  {ce:7.4f}  {factor:15.4f}  {FL:9.2e}  {ce / FL:7.6g}")

# 1000 easy samples (p_t = 0.99) against one hard one (p_t = 0.1): who makes the loss?
for g in [0.0, 2.0]:
    easy = 1000 * (1 - 0.99) ** g * -np.log(0.99)
    hard = (1 - 0.1) ** g * -np.log(0.1)
    share = hard / (easy + hard)
    print(f"gamma = {g:g}: {easy=:.4f}, {hard=:.4f}, {share=:.3f}")

# Is it proper? A label that is 1 with probability p = 0.8: which q minimises the expected loss?
p = 0.8
q = np.linspace(0.0001, 0.9999, 9999)  # a grid of step 0.0001
for g in [0.0, 2.0]:
    expected = p * (1 - q) ** g * -np.log(q) + (1 - p) * q**g * -np.log(1 - q)
    best = q[expected.argmin()]
    print(f"gamma = {g:g}: {best=:.3f}")
