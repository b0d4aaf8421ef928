from contextlib import redirect_stdout

import numpy as np

with redirect_stdout(None):
    import char_ngram
    import neural
    from markov_source import K, P, H_rate, val

state, nxt = val[:-1], val[1:]
f = np.bincount(state, minlength=K) / len(state)  # how often each state occurs in val

print("name        H_rate  + KL      = sum     measured  diff     se")
for name, q in (("char_ngram", char_ngram.q), ("neural", neural.q), ("P", P)):  # P: the source itself
    kl_rows = np.sum(P * np.log(P / q), axis=1)  # D_KL(P(.|i) || q(.|i)) for each state i
    KL = f @ kl_rows
    nats = -np.log(q[state, nxt])
    measured = nats.mean()
    se = nats.std() / np.sqrt(len(nats))  # the standard error of the measured mean
    diff = measured - (H_rate + KL)
    print(f"{name:10}  {H_rate:.4f}  + {KL:.4f}  = {H_rate + KL:.4f}  {measured:.4f}    {diff:+.4f}  {se:.4f}")
