import math

import numpy as np

# Seed 003's example, in bits (log base 2).
p = np.array([0.9, 0.1])
q1 = np.array([0.6, 0.4])
q2 = np.array([0.8, 0.2])


def cross_entropy(a, b):
    return -np.sum(a * np.log2(b))


def kl(a, b):
    return np.sum(a * np.log2(a / b))


print(f"p = {p}, q1 = {q1}, q2 = {q2}")
print(f"H(p) = {cross_entropy(p, p):.4f} bits")
print(f"{'':<9}{'ours':>8}{'rounded':>9}{'truncated':>11}{'seed 003':>10}")
for name, ours, seed in [("H(p, q1)", cross_entropy(p, q1), "0.79"),
                         ("H(p, q2)", cross_entropy(p, q2), "0.42"),
                         ("H(q2, p)", cross_entropy(q2, p), "1.45"),
                         ("H(q1, p)", cross_entropy(q1, p), "-")]:
    truncated = math.floor(ours * 100) / 100
    rounded = round(ours, 2)
    print(f"{name:<9}{ours:>8.4f}{rounded:>9.2f}{truncated:>11.2f}{seed:>10}")
for q, name in [(q1, "q1"), (q2, "q2")]:
    print(f"D_KL(p || {name}) = {kl(p, q):.4f}   D_KL({name} || p) = {kl(q, p):.4f}")
