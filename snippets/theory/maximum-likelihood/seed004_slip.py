import numpy as np

p = np.linspace(0.001, 0.999, 999)
right = 0.6 * np.log(p) + 0.4 * np.log(1 - p)    # log L / N with the counts 6/10, 4/10
seed = p * np.log(p) + (1 - p) * np.log(1 - p)   # seed 004's last line: p replaces 6/10

print(f"p = 0.3: log L / N = {right[299]:.4f}, seed = {seed[299]:.4f}")
print(f"argmax log L / N = {p[right.argmax()]:.3f}")
print(f"min seed = seed({p[seed.argmin()]:.3f})")
print(f"max seed = {seed[0]:.4f} = seed({p[0]:.3f}) = seed({p[-1]:.3f})")
