import numpy as np
from scipy.optimize import minimize_scalar

from digits_models import cross_entropy, ece, softmax, train, y

_, logits = train(64)
z_val, y_val = logits["val"], y["val"].numpy()
# T minimising the validation CE, searched on log T
fit = minimize_scalar(lambda s: cross_entropy(z_val, y_val, np.exp(s)), bounds=(-3, 3), method="bounded",
                      options={"xatol": 1e-10})  # fmt: skip
T = float(np.exp(fit.x))
print(f"{T=:.4f}")
print("part  T       CE      ECE     acc")
for part in ("val", "test"):
    z, target = logits[part], y[part].numpy()
    for t in (1.0, T):
        q = softmax(z, t)
        acc = (q.argmax(axis=1) == target).mean()
        print(f"{part:<5} {t:6.4f}  {cross_entropy(z, target, t):.4f}  {ece(q, target):.4f}  {acc:.4f}")
    # dividing by T > 0 keeps the order of each row's logits, so argmax cannot move
    changed = int((softmax(z, T).argmax(axis=1) != z.argmax(axis=1)).sum())
    print(f"{part:<5} {changed=}")

# ECE is not a scoring rule: the class frequencies, predicted for every image, are nearly calibrated
prior = np.bincount(y["train"].numpy(), minlength=10) / len(y["train"])
q_prior = np.tile(prior, (len(y_val), 1))
acc_prior = (q_prior.argmax(axis=1) == y_val).mean()
print(f"prior: ECE = {ece(q_prior, y_val):.4f}  acc = {acc_prior:.4f}  CE = {-np.log(prior[y_val]).mean():.4f}")
