import torch

z = torch.tensor([1.0, -0.5, 2.0], requires_grad=True)
y = torch.tensor([0.2, 0.7, 0.1])  # soft, so the j != i terms are not zero
loss = -(y * torch.log_softmax(z, dim=0)).sum()
loss.backward()
a = torch.softmax(z, dim=0).detach()

i = 1
others = sum(a[i] * y[j] for j in range(3) if j != i)  # each j != i term: a_i y_j
own = -y[i] * (1 - a[i])  # the j = i term
print(f"z.grad[{i}] = {z.grad[i]:.4f}; others + own = {others + own:.4f}")
for factor in (0.5, 2.0):  # a factor in front of the j != i sum
    print(f"factor = {factor}: factor * others + own = {factor * others + own:.4f}")

# -y_j / a_j is the derivative of the whole loss;
# one term -y_i log a_i has a derivative only at j = i.
q = a.clone().requires_grad_(True)
(-(y * q.log()).sum()).backward()
print("∂L/∂a:               ", q.grad.numpy().round(4))
q.grad = None
(-y[i] * q[i].log()).backward()
print(f"∂(-y[{i}] log a[{i}])/∂a: ", q.grad.numpy().round(4) + 0.0)  # + 0.0: no -0.0
