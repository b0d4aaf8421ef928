import numpy as np
from scipy.optimize import minimize_scalar

from digits_models import cross_entropy, ece, softmax, train, y

_, logits = train(0)  # softmax regression this time
z_val, y_val = logits["val"], y["val"].numpy()
fit = minimize_scalar(lambda s: cross_entropy(z_val, y_val, np.exp(s)), bounds=(-3, 3), method="bounded",
                      options={"xatol": 1e-10})  # fmt: skip
T = float(np.exp(fit.x))
z, target = logits["test"], y["test"].numpy()
print(f"{T=:.4f}")
for t in (1.0, T):
    q = softmax(z, t)
    conf = q.max(axis=1).mean()
    print(f"{t:.4f}  CE = {cross_entropy(z, target, t):.4f}  ECE = {ece(q, target):.4f}  {conf=:.4f}")
