import numpy as np

import xent

logits = np.array([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]])
bad_calls = {
    "wrong target shape": lambda: xent.cross_entropy(logits, np.array([0, 1, 2])),
    "class out of range": lambda: xent.cross_entropy(logits, np.array([0, 3])),
    "probability > 1": lambda: xent.binary_cross_entropy(np.array([1.5]), np.array([1.0])),
    "rows not summing to 1": lambda: xent.cross_entropy(logits, np.full((2, 3), 0.2)),
    "NaN in the logits": lambda: xent.cross_entropy(np.array([[np.nan, 0.0]]), np.array([0])),
    "empty batch": lambda: xent.cross_entropy(np.zeros((0, 3)), np.zeros(0, dtype=int)),
    "all targets ignored": lambda: xent.cross_entropy(logits, np.array([-100, -100])),
}
for case, call in bad_calls.items():
    try:
        call()
    except ValueError as err:
        print(f"{case}:\n    ValueError: {err}")
