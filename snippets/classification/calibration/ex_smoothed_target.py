import numpy as np

K, eps = 10, 0.1
target = np.full(K, eps / K)
target[0] += 1 - eps  # the smoothed label of an image of class 0
# the q that minimises H(target, q) over a grid of max q, the rest shared equally
top = np.linspace(0.5, 0.9999, 100000)
q_rest = (1 - top) / (K - 1)
ce = -(target[0] * np.log(top) + (1 - target[0]) * np.log(q_rest))
best = top[np.argmin(ce)]
print(f"target[0] = {target[0]:.4f}  argmin max q = {best:.4f}")
print(f"log(target[0] / target[1]) = {np.log(target[0] / target[1]):.4f}")
