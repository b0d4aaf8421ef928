from contextlib import redirect_stdout

import torch.nn.functional as F

with redirect_stdout(None):
    from padded_batch import PAD, V, labels, logits_of

logits = logits_of(slice(None)).reshape(-1, V)
forgot = labels.masked_fill(labels == -100, PAD)  # padding labelled with the pad token, not -100
pad = labels.reshape(-1) == -100

mean_ignore = F.cross_entropy(logits, labels.reshape(-1))
mean_forgot = F.cross_entropy(logits, forgot.reshape(-1))
per_token = F.cross_entropy(logits, forgot.reshape(-1), reduction="none")
print(f"{mean_ignore=:.4f}   (~pad).sum() = {(~pad).sum()}")
print(f"{mean_forgot=:.4f}   pad.numel()  = {pad.numel()}")
print(f"per_token[pad].mean() = {per_token[pad].mean():.4f}   pad.sum() = {pad.sum()}")
