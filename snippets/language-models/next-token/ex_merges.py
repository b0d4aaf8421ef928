from contextlib import redirect_stdout

import numpy as np

with redirect_stdout(None):
    from bpe import merge
    from markov_source import K, train, val

print("n_merges  tokens_per_byte  ce_nats  ppl      bpb")
for n_merges in (0, 20, 80, 200):
    V = K + n_merges
    merges, train_tok = [], train
    for new in range(K, V):
        a, b = divmod(int(np.bincount(train_tok[:-1] * V + train_tok[1:]).argmax()), V)
        merges.append((a, b))
        train_tok = merge(train_tok, a, b, new)
    val_tok = val
    for new, (a, b) in enumerate(merges, start=K):
        val_tok = merge(val_tok, a, b, new)
    length = np.ones(V, dtype=np.int64)
    for new, (a, b) in enumerate(merges, start=K):
        length[new] = length[a] + length[b]

    counts = np.zeros((V, V))
    np.add.at(counts, (train_tok[:-1], train_tok[1:]), 1)
    q_tok = (counts + 0.1) / (counts + 0.1).sum(axis=1, keepdims=True)  # add-k, k = 0.1
    nats = -np.log(q_tok[val_tok[:-1], val_tok[1:]])
    n_bytes = length[val_tok[1:]].sum()
    ce_nats, bpb = nats.mean(), nats.sum() / (np.log(2) * n_bytes)
    ppl, tokens_per_byte = np.exp(ce_nats), len(nats) / n_bytes
    print(f"{n_merges:<8}  {tokens_per_byte:.4f}           {ce_nats:.4f}   {ppl:<7.4f}  {bpb:.4f}")
