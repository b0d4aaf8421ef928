from contextlib import redirect_stdout

import torch.nn.functional as F

with redirect_stdout(None):
    from padded_batch import V, labels, lengths, logits_of

logits = logits_of(slice(None))  # all three sequences
loss = F.cross_entropy(logits.reshape(-1, V), labels.reshape(-1))  # ignore_index=-100, reduction="mean"

# One loss per position; the ignored positions come out as exactly 0.
per_token = F.cross_entropy(logits.reshape(-1, V), labels.reshape(-1), reduction="none").reshape(labels.shape)
real = labels != -100
sums, counts = per_token.sum(dim=1), real.sum(dim=1)

print("i  n  sum      sum/n   n/N")
for i in range(len(lengths)):
    print(f"{i}  {counts[i]}  {sums[i]:<7.4f}  {sums[i] / counts[i]:.4f}  {counts[i] / counts.sum():.4f}")
print(f"per_token[~real].abs().max() = {per_token[~real].abs().max()}")
N = counts.sum()
print(f"N = {N}, sums.sum() = {sums.sum():.4f}")
print(f"loss                               = {loss:.4f}")
print(f"sums.sum() / N                     = {sums.sum() / N:.4f}")
print(f"(sums / counts).mean()             = {(sums / counts).mean():.4f}")
print(f"(counts / N * sums / counts).sum() = {(counts / N * sums / counts).sum():.4f}")
