import heapq

import numpy as np

# Chris Olah's example: how often Bob (p) and Alice (q) say each of four words.
p = np.array([1 / 2, 1 / 4, 1 / 8, 1 / 8])  # Bob: dog, cat, fish, bird
q = np.array([1 / 8, 1 / 2, 1 / 4, 1 / 8])  # Alice


def shannon_code(probs):
    """Codewords of lengths ceil(-log2 probs), assigned in order of length (a canonical code)."""
    lengths = np.ceil(-np.log2(probs)).astype(int)
    code, word, previous = {}, 0, 0
    for x in sorted(range(len(probs)), key=lambda x: lengths[x]):
        word <<= lengths[x] - previous  # the next free codeword, made longer
        code[x] = format(word, f"0{lengths[x]}b")
        word, previous = word + 1, lengths[x]
    return [code[x] for x in range(len(probs))]


def huffman_code(probs):
    """Huffman's code: merge the two least likely nodes until one is left."""
    heap = [(pr, x, {x: ""}) for x, pr in enumerate(probs)]  # x breaks ties
    heapq.heapify(heap)
    while len(heap) > 1:
        p0, x0, zeros = heapq.heappop(heap)
        p1, x1, ones = heapq.heappop(heap)
        merged = {x: "0" + w for x, w in zeros.items()} | {x: "1" + w for x, w in ones.items()}
        heapq.heappush(heap, (p0 + p1, min(x0, x1), merged))
    return [heap[0][2][x] for x in range(len(probs))]


def is_prefix_code(code):
    return not any(a != b and b.startswith(a) for a in code for b in code)


def average_length(probs, code):
    """Bits per symbol, on average, for symbols drawn from probs."""
    return sum(pr * len(w) for pr, w in zip(probs, code))


H = lambda a, b: -(a * np.log2(b)).sum()  # H(a, b) in bits; H(a, a) is the entropy

shannon_p, huffman_p = shannon_code(p), huffman_code(p)
shannon_q, huffman_q = shannon_code(q), huffman_code(q)
codes = {"shannon_p": shannon_p, "huffman_p": huffman_p, "shannon_q": shannon_q, "huffman_q": huffman_q}
print("x  p(x)   q(x)   -log2 q  " + "  ".join(f"{name:9}" for name in codes))
for x in range(4):
    row = f"{x}  {p[x]:<5}  {q[x]:<5}  {-np.log2(q[x]):<7g}  " + "  ".join(f"{c[x]:9}" for c in codes.values())
    print(row.rstrip())
print(
    "is_prefix_code:",
    all(is_prefix_code(c) for c in codes.values()),
    "  sum 2**-len:",
    [sum(2.0 ** -len(w) for w in c) for c in codes.values()],
)
print()
for name, code in codes.items():
    print(f"x ~ p, {name:9}: {average_length(p, code):.4f} bits/x")
print(f"H(p) = {H(p, p):.4f}, H(p, q) = {H(p, q):.4f}, D_KL(p || q) = {H(p, q) - H(p, p):.4f} bits")

# Send 10000 of Bob's words in Alice's code, one codeword after another, and read them back.
rng = np.random.default_rng(2015)
words = rng.choice(4, size=10_000, p=p)
bits = "".join(huffman_q[x] for x in words)
symbol_of = {w: x for x, w in enumerate(huffman_q)}
read, word = [], ""
for bit in bits:
    word += bit
    if word in symbol_of:  # a prefix code: the first match is the codeword
        read.append(symbol_of[word])
        word = ""
print(
    f"{len(words)} words ~ p in huffman_q: {len(bits)} bits = {len(bits) / len(words):.4f} bits/x;"
    f" read == words: {read == words.tolist()}"
)
