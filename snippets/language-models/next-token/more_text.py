from contextlib import redirect_stdout

import numpy as np

with redirect_stdout(None):
    from bpe import merge
    from markov_source import K, sample, val


def bits_per_byte(train_tok, val_tok, V, n_bytes, k=0.1):
    # The add-k bigram count model, fitted on train_tok and scored on val_tok.
    counts = np.zeros((V, V))
    np.add.at(counts, (train_tok[:-1], train_tok[1:]), 1)
    q = (counts + k) / (counts + k).sum(axis=1, keepdims=True)
    return -np.log(q[val_tok[:-1], val_tok[1:]]).sum() / (np.log(2) * n_bytes)


n_merges = 80
V = K + n_merges
print("n_train  char_ngram  q_tok   gap")
for n_train in (50_000, 500_000):
    # Seed 1 gives the train of markov_source.py, then more of the same chain.
    train = sample(n_train, seed=1)
    merges, train_tok = [], train
    for new in range(K, V):  # the 80 merges, learnt again on this train
        a, b = divmod(int(np.bincount(train_tok[:-1] * V + train_tok[1:]).argmax()), V)
        merges.append((a, b))
        train_tok = merge(train_tok, a, b, new)
    val_tok = val
    length = np.ones(V, dtype=np.int64)
    for new, (a, b) in enumerate(merges, start=K):
        val_tok = merge(val_tok, a, b, new)
        length[new] = length[a] + length[b]
    char_ngram = bits_per_byte(train, val, K, len(val) - 1)
    q_tok = bits_per_byte(train_tok, val_tok, V, length[val_tok[1:]].sum())
    gap = q_tok - char_ngram
    print(f"{n_train:<7}  {char_ngram:.4f}      {q_tok:.4f}  {gap:.2f}")
