import json
import sys
from pathlib import Path

import numpy as np

# The corpus: this site's English theory and classification pages, lower-cased, with
# everything but the 26 letters turned into single spaces (corpus.txt, beside this file).
ALPHABET = " abcdefghijklmnopqrstuvwxyz"
folder = Path(sys.path[0])  # this file's folder, when Python runs it as a script
text = " ".join((folder / "corpus.txt").read_text().split())
ids = np.array([ALPHABET.index(c) for c in text])
K, k = len(ALPHABET), 0.5  # 27 symbols; add-k smoothing with k = 0.5

# Bigram counts: counts[a, c] = how often c follows a.
counts = np.zeros((K, K), dtype=np.int64)
np.add.at(counts, (ids[:-1], ids[1:]), 1)


def surprisal(sentence):
    """Bits of each letter given the one before (a space before the first)."""
    prev, bits = 0, []
    for c in sentence:
        i = ALPHABET.index(c)
        q = (counts[prev, i] + k) / (counts[prev].sum() + K * k)
        bits.append(-np.log2(q))
        prev = i
    return np.array(bits)


print(f"{len(text)=}  {K=}  {k=}")
for sentence in ("the cross entropy", "qzx vjk"):
    bits = surprisal(sentence)
    print(f"{sentence!r}: sum = {bits.sum():.4f} bits, mean = {bits.mean():.4f} bits")
    shown = [f"{c.replace(' ', '␣')}={b:.2f}" for c, b in zip(sentence, bits)]  # ␣: a space
    for start in range(0, len(shown), 8):
        print("  ", "  ".join(shown[start : start + 8]))

# The playground reads the same counts from this file.
Path("char_model.json").write_text(json.dumps({"alphabet": ALPHABET, "k": k, "counts": counts.tolist()},
                                              separators=(",", ":")))
