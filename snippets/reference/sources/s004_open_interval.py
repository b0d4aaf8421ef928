import numpy as np

# Every softmax output of finite logits lies strictly between 0 and 1 ...
for z in ([0.0, 0.0, 0.0], [20.0, 0.0, 0.0]):
    q = np.exp(z) / np.exp(z).sum()
    print(f"z = {z}: min q = {q.min():.4e}, 1 - max q = {1 - q.max():.4e}")
# ... only rounding reaches the ends: in float32, 1 - 4.1e-09 is stored as 1.
q32 = np.exp(np.float32([20, 0, 0])) / np.exp(np.float32([20, 0, 0])).sum()
print(f"float32: max q32 = {q32.max()}, max q32 == 1: {q32.max() == 1}")
