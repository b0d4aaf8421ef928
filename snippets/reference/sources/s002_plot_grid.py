import warnings

import numpy as np

a = np.arange(0, 1, 0.01)  # the article's grid for its plot
print(f"a[0] = {a[0]:.2f}, a[-1] = {a[-1]:.2f}, a.size =", a.size)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss = -(0.5 * np.log(a) + 0.5 * np.log(1 - a))  # the y = 0.5 curve, the only one it plots
print(f"a = 0: loss[0] = {loss[0]}; {caught[0].category.__name__}: {caught[0].message}")
print(f"min loss[1:] = {loss[1:].min():.4f}, a = {a[1:][loss[1:].argmin()]:.2f}")
