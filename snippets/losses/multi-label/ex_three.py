import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
# A sample with k of 5 labels present, as sure as each model can be: logits 20 on them, -20 elsewhere.
print(f"{'k':>2}  {'softmax q':>9}  {'q > 0.5':>7}  {'CE':>8}  {'log k':>6}  {'sigmoid q':>9}")
for k in [1, 2, 3]:
    y = torch.zeros(1, 5)
    y[0, :k] = 1.0
    z = torch.where(y > 0, 20.0, -20.0)  # + 0.0 below turns -0.0 into 0.0
    q = F.softmax(z, dim=1)[0, 0]
    ce = F.cross_entropy(z, y / k)
    q_sigmoid = torch.sigmoid(z)[0, 0]
    log_k = torch.log(torch.tensor(k))
    print(f"{k:2}  {q:9.4f}  {str(bool(q > 0.5)):>7}  {float(ce) + 0.0:8.4f}  {log_k:6.4f}  {q_sigmoid:9.4f}")
