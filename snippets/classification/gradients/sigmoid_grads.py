import torch

torch.set_default_dtype(torch.float64)


def sigmoid(z):
    return 1 / (1 + torch.exp(-z))


def by_hand(w, b, x, y):
    """(dC/dw, dC/db) under each cost, from the formulas derived on the page."""
    q = sigmoid(torch.tensor(w * x + b))
    quad = (q - y) * q * (1 - q)  # sigma'(z) = q(1 - q) stays in
    ce = q - y                    # sigma'(z) cancels
    return {"MSE": (quad * x, quad), "CE": (ce * x, ce)}


def by_autograd(w, b, x, y):
    grads = {}
    for name in ("MSE", "CE"):
        wt = torch.tensor(w, requires_grad=True)
        bt = torch.tensor(b, requires_grad=True)
        q = sigmoid(wt * x + bt)
        if name == "MSE":
            cost = 0.5 * (q - y) ** 2
        else:
            cost = -(y * torch.log(q) + (1 - y) * torch.log(1 - q))
        cost.backward()
        grads[name] = (wt.grad, bt.grad)
    return grads


points = [(0.6, 0.9, 1.0, 0.0), (2.0, 2.0, 1.0, 0.0), (-1.5, 0.5, 2.0, 1.0), (0.3, -4.0, -0.5, 1.0)]
print(f"{'w':>5} {'b':>5} {'x':>5} {'y':>2}  {'cost':<5}{'∂C/∂w':>9} {'∂C/∂b':>9}  diff < 1e-12")
for w, b, x, y in points:
    hand, auto = by_hand(w, b, x, y), by_autograd(w, b, x, y)
    for name in hand:
        diff = max(abs(h - g).item() for h, g in zip(hand[name], auto[name]))
        dw, db = hand[name]
        print(f"{w:5.1f} {b:5.1f} {x:5.1f} {y:2.0f}  {name:<5}{dw:9.4f} {db:9.4f}  {diff < 1e-12}")
