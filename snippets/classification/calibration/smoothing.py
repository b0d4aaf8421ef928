import numpy as np

from digits_models import cross_entropy, ece, softmax, train, y

target = y["test"].numpy()
print("eps   CE      acc     conf    ECE     z_range  z_norm  train_z_range")
for eps in (0.0, 0.1):
    _, logits = train(64, eps)
    z = logits["test"]
    q = softmax(z)
    acc = (q.argmax(axis=1) == target).mean()
    conf = q.max(axis=1).mean()
    z_range = (z.max(axis=1) - z.min(axis=1)).mean()  # mean of max z - min z per image
    z_norm = np.linalg.norm(z - z.mean(axis=1, keepdims=True), axis=1).mean()
    train_z_range = np.ptp(logits["train"], axis=1).mean()  # the same, on the training images
    print(f"{eps:.1f}  {cross_entropy(z, target):.4f}  {acc:.4f}  {conf:.4f}  {ece(q, target):.4f}"
          f"  {z_range:7.2f}  {z_norm:6.2f}  {train_z_range:13.2f}")  # fmt: skip

# the CE against the true labels of a model that gives each image exactly its smoothed target
eps, K = 0.1, 10
top = 1 - eps + eps / K
print(f"-log({top:.2f}) = {-np.log(top):.4f}")
