import numpy as np


def log_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    shifted = z - z.max()  # log-sum-exp: exp never sees a large positive number
    return shifted - np.log(np.exp(shifted).sum())


def explore(z, true_class=None, soft=None, smoothing=0.0):
    """What the loss explorer shows for one row of logits."""
    k = len(z)
    y = np.eye(k)[true_class] if soft is None else np.asarray(soft) / np.sum(soft)
    y = (1 - smoothing) * y + smoothing / k  # label smoothing as in PyTorch
    log_q = log_softmax(z)
    q = np.exp(log_q)
    kept = y > 0  # 0 * log 0 counts as 0
    return {
        "y": y,
        "q": q,
        "H(y, q)": -(y * log_q).sum(),
        "D_KL(y‖q)": (y[kept] * (np.log(y[kept]) - log_q[kept])).sum(),
        "MSE": ((q - y) ** 2).mean(),
        "∂L/∂z = q - y": q - y,
    }


def show(title, result):
    print(title)
    for name, value in result.items():
        text = np.array2string(value, precision=4, floatmode="fixed") if np.ndim(value) else f"{value:.4f}"
        print(f"  {name:<14} {text}")


row = [2.8883, 0.1760, 1.0774]  # the first sample of the PyTorch chapter
show("z = [2.8883, 0.1760, 1.0774], y = 1", explore(row, true_class=1))
show("z = [2.8883, 0.1760, 1.0774], y = 1, ε = 0.1", explore(row, true_class=1, smoothing=0.1))
show("z = [2.8883, 0.1760, 1.0774], y = [0.7, 0.2, 0.1]", explore(row, soft=[0.7, 0.2, 0.1]))
show("z = [1000, -1000, 0], y = 1", explore([1000, -1000, 0], true_class=1))
