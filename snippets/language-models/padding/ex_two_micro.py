from contextlib import redirect_stdout

with redirect_stdout(None):
    from padded_batch import labels, loss_of

micro = [[0, 1], [2]]  # two micro-batches: sequences 0 and 1, then sequence 2
M = len(micro)
n = [(labels[rows] != -100).sum().item() for rows in micro]
N = sum(n)

wrong = sum(loss_of(rows).item() for rows in micro) / M
right = sum(loss_of(rows, reduction="sum").item() for rows in micro) / N
print(f"n = {n}, N = {N}")
print(f"c = N/(M n[j]) = {[round(N / (M * nj), 4) for nj in n]}")
print(f"wrong = {wrong:.4f}, right = {right:.4f}")
