import numpy as np

labels = np.array([0, 1, 2, 0])  # four samples, three classes
# Two models with the same argmax on every sample: one sure, one hesitant.
sure = np.array([[0.98, 0.01, 0.01], [0.01, 0.98, 0.01], [0.01, 0.01, 0.98], [0.01, 0.98, 0.01]])
hesitant = np.array([[0.5, 0.3, 0.2], [0.3, 0.5, 0.2], [0.2, 0.3, 0.5], [0.4, 0.45, 0.15]])
for name, q in (("sure", sure), ("hesitant", hesitant)):
    acc = (q.argmax(axis=1) == labels).mean()
    ce = -np.log(q[np.arange(4), labels])
    print(f"{name:<8} argmax {q.argmax(axis=1)}  {acc=:.2f}  CE = {ce.mean():.4f}\n          ce = {ce.round(4)}")
