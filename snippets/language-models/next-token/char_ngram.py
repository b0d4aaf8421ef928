from contextlib import redirect_stdout

import numpy as np

with redirect_stdout(None):
    from markov_source import K, train, val

k = 0.1  # add-k smoothing
counts = np.zeros((K, K))
np.add.at(counts, (train[:-1], train[1:]), 1)  # bigram counts: current, next
q = (counts + k) / (counts + k).sum(axis=1, keepdims=True)  # q[i, j] = q(next = j | i)


def nats(text):
    # -log q of each character after the first, given the one before.
    return -np.log(q[text[:-1], text[1:]])


print("       ce_nats  ce_bits  ppl     bpb")
for name, text in (("train", train), ("val", val)):
    ce_nats = nats(text).mean()
    ce_bits, ppl = ce_nats / np.log(2), np.exp(ce_nats)
    bpb = nats(text).sum() / (np.log(2) * (len(text) - 1))  # ASCII: one byte per character
    print(f"{name:5}  {ce_nats:.4f}   {ce_bits:.4f}   {ppl:.4f}  {bpb:.4f}")
