import numpy as np

from arithmetic_coder import decode, encode

p = np.array([1 / 2, 1 / 4, 1 / 8, 1 / 8])  # Bob's words: the truth
q = np.array([1 / 8, 1 / 2, 1 / 4, 1 / 8])  # Alice's: the model
q2 = (p + q) / 2  # a model whose -log2 are not whole numbers

n = 10_000
rng = np.random.default_rng(2015)
x = rng.choice(4, size=n, p=p)

print(f"n = {n}, x ~ p")
print("model  8*len(data)  bits/x  ideal/x  H(p, model)  se      decode == x")
bits, gap = {}, 0.0
for name, model in (("q", q), ("p", p), ("q2", q2)):
    data = encode(x, model)
    ok = decode(data, n, model) == x.tolist()
    bits[name] = 8 * len(data) / n
    ideal = -np.log2(model[x]).mean()  # what the exact -log2 model(x) add up to, per symbol
    cost = -np.log2(model)
    ce = p @ cost  # H(p, model)
    se = np.sqrt(p @ (cost - ce) ** 2 / n)  # the standard error of ideal around H(p, model)
    gap = max(gap, abs(bits[name] - ce))
    print(f"{name:5}  {8 * len(data):<11}  {bits[name]:.4f}  {ideal:.4f}   {ce:.4f}       {se:.4f}  {ok}")
print(f"gap = max |bits/x - H(p, model)| = {gap:.4f}")

log_ratio = np.log2(p / q)
kl = p @ log_ratio
se = np.sqrt(p @ (log_ratio - kl) ** 2 / n)
print(f"bits['q'] - bits['p'] = {bits['q'] - bits['p']:.4f}; D_KL(p || q) = {kl:.4f} (se {se:.4f})")
