import numpy as np

# Does softmax widen the gap between inputs more than dividing by the sum does?
for z in ([1.0, 2.0], [0.1, 0.2]):
    z = np.array(z)
    soft, linear = np.exp(z) / np.exp(z).sum(), z / z.sum()
    print(
        f"z = {z}: softmax {soft.round(4)}, ratio {soft[1] / soft[0]:.3f};"
        f" z / sum(z) {linear.round(4)}, ratio {linear[1] / linear[0]:.3f}"
    )
