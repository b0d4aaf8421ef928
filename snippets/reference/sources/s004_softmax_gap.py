import numpy as np

# Does softmax widen the gap between inputs more than dividing by the sum does?
for z in ([1.0, 2.0], [0.1, 0.2]):
    z = np.array(z)
    soft, linear = np.exp(z) / np.exp(z).sum(), z / z.sum()
    print(f"z = {z}")
    print(f"  soft   = {soft.round(4)}, soft[1] / soft[0]     = {soft[1] / soft[0]:.3f}")
    print(f"  linear = {linear.round(4)}, linear[1] / linear[0] = {linear[1] / linear[0]:.3f}")
