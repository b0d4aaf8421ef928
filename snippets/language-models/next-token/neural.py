from contextlib import redirect_stdout

import numpy as np
import torch

with redirect_stdout(None):
    from markov_source import K, train, val

torch.manual_seed(0)
# A neural bigram model: embed the current character, map it to the next one's logits.
model = torch.nn.Sequential(torch.nn.Embedding(K, 16), torch.nn.Linear(16, K)).double()
with torch.no_grad():
    # The spread of each row's initial logits, the one softmax sees, averaged over the rows.
    z_std = model(torch.arange(K)).std(dim=1).mean().item()

# The mean cross-entropy over all 49,999 next-character predictions of train depends
# only on how often each pair (current, next) occurs, so we train on those counts:
# the same loss and gradient as the full batch, 27 rows instead of 49,999.
pairs = np.zeros((K, K))
np.add.at(pairs, (train[:-1], train[1:]), 1)
counts = torch.from_numpy(pairs)
val_pairs = np.zeros((K, K))
np.add.at(val_pairs, (val[:-1], val[1:]), 1)
val_counts = torch.from_numpy(val_pairs)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
history = []  # (train, val) cross-entropy before each step
for step in range(300):
    opt.zero_grad()
    log_q = torch.log_softmax(model(torch.arange(K)), dim=1)
    loss = -(counts * log_q).sum() / counts.sum()
    val_loss = -(val_counts * log_q.detach()).sum() / val_counts.sum()
    history.append((loss.item(), val_loss.item()))
    loss.backward()
    opt.step()
history = np.round(history, 6)  # 6 digits: the same on any thread count

with torch.no_grad():
    q = torch.softmax(model(torch.arange(K)), dim=1).numpy()  # q[i, j] = q(next = j | i)

start = history[0, 0]
print(f"step=0  {start=:.4f}  ln K = {np.log(K):.4f}  {z_std=:.4f}")
print("       ce_nats  ce_bits  ppl     bpb")
for name, text in (("train", train), ("val", val)):
    ce_nats = -np.log(q[text[:-1], text[1:]]).mean()
    ce_bits, ppl = ce_nats / np.log(2), np.exp(ce_nats)
    bpb = ce_bits  # ASCII: one byte per character
    print(f"{name:5}  {ce_nats:.4f}   {ce_bits:.4f}   {ppl:.4f}  {bpb:.4f}")
