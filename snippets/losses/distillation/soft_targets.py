import numpy as np
import torch

# One teacher's logits v for K = 5 classes; class 0 is the answer.
v = torch.tensor([6.0, 3.0, 2.0, -1.0, -3.0], dtype=torch.float64)

# The same logits at higher temperatures: softmax(v / T) keeps the order
# but gives the wrong classes visible probability.
for T in [1, 2, 4, 8]:
    p_T = torch.softmax(v / T, dim=0)
    print(f"T={T}  p_T =", np.array2string(p_T.numpy(), precision=4, floatmode="fixed", suppress_small=True))
