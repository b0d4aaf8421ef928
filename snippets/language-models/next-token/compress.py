from contextlib import redirect_stdout

import numpy as np

from arithmetic_coder import decode, encode

with redirect_stdout(None):
    from char_ngram import q
    from markov_source import K, val

uniform = np.full(K, 1 / K)


def model(history):
    # q(next | the character before); the first character is coded as uniform.
    return q[history[-1]] if history else uniform


text = val.tolist()
data = encode(text, model)
ok = decode(data, len(text), model) == text
ce_bits = np.log2(K) - np.log2(q[val[:-1], val[1:]]).sum()  # sum of -log2 q over the text
size = 8 * len(data)
print(f"{len(text)=}  {ok=}")
print(f"{size=} bits  {ce_bits=:.1f} bits  (size - ce_bits) / ce_bits = {(size - ce_bits) / ce_bits:.4%}")
print(f"size / len(text) = {size / len(text):.4f} bits")
