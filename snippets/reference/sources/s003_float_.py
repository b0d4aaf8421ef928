import numpy as np

# Seed 003's cross_entropy() starts with np.float_(p).
try:
    np.float_([0.9, 0.1])
except AttributeError as e:
    print(f"{type(e).__name__}: {str(e).split('. ')[0]}.")
print(np.asarray([0.9, 0.1], dtype=np.float64))  # what it meant
