from contextlib import redirect_stdout

import numpy as np

with redirect_stdout(None):
    import char_ngram
    from markov_source import K, train, val


def merge(ids, a, b, new):
    # Replace each pair (a, b) in ids, left to right, by the token new.
    at = np.flatnonzero((ids[:-1] == a) & (ids[1:] == b))
    if a == b:  # in "a a a" only the first pair merges: drop overlapping matches
        keep, last = [], -2
        for i in at:
            if i > last + 1:
                keep.append(i)
                last = i
        at = np.array(keep, dtype=np.int64)
    ids = ids.copy()
    ids[at] = new
    return np.delete(ids, at + 1)


# Learn the merges: repeatedly join the most frequent pair of adjacent tokens.
n_merges = 80
merges, ids = [], train
for new in range(K, K + n_merges):
    pair_counts = np.bincount(ids[:-1] * (K + n_merges) + ids[1:])
    a, b = divmod(int(pair_counts.argmax()), K + n_merges)
    merges.append((a, b))
    ids = merge(ids, a, b, new)
V = K + n_merges
train_tok = ids


def tokenize(text):
    # Apply the merges, in the order they were learned.
    for new, (a, b) in enumerate(merges, start=K):
        text = merge(text, a, b, new)
    return text


val_tok = tokenize(val)

# A bigram count model over BPE tokens, with add-k smoothing as for the characters.
k = 0.1
counts = np.zeros((V, V))
np.add.at(counts, (train_tok[:-1], train_tok[1:]), 1)
q_tok = (counts + k) / (counts + k).sum(axis=1, keepdims=True)

length = np.ones(V, dtype=np.int64)  # characters, that is bytes, per token
for new, (a, b) in enumerate(merges, start=K):
    length[new] = length[a] + length[b]

print(f"{V=}  train: {len(train)} -> {len(train_tok)}  val: {len(val)} -> {len(val_tok)}")
longest = int(length.max())
print(f"{longest=}  length[val_tok].mean() = {length[val_tok].mean():.4f}")
print("name        tokens/n_bytes  ce_nats  ppl      total_nats  bpb")
# Each model predicts every token of val but the first; n_bytes is what those tokens hold.
for name, nats, n_bytes in (
    ("char_ngram", char_ngram.nats(val), len(val) - 1),
    ("q_tok", -np.log(q_tok[val_tok[:-1], val_tok[1:]]), length[val_tok[1:]].sum()),
):
    tokens = len(nats)
    ce_nats = nats.mean()
    ppl, total_nats = np.exp(ce_nats), nats.sum()
    bpb = total_nats / (np.log(2) * n_bytes)
    print(f"{name:10}  {tokens / n_bytes:.4f}          {ce_nats:.4f}   {ppl:<7.4f}  {total_nats:<10.1f}  {bpb:.4f}")
