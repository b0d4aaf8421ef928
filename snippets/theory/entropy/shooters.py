import math

import numpy as np

# Seed 001's shooters: probability of hitting the target.
shooters = {"Xiao Ming": 0.1, "Xiao Wang": 0.999}

print(f"{'p':>6}{'-log2 p':>9}{'-log2(1 - p)':>14}{'H(p)':>8}   (bits)")
entropies = {}
for name, hit in shooters.items():
    p = np.array([hit, 1 - hit])  # outcomes: hit, miss
    info = -np.log2(p)            # information carried by each outcome
    entropies[name] = np.sum(p * info)
    print(f"{hit:>6.1%}{info[0]:>9.4f}{info[1]:>14.4f}{entropies[name]:>8.4f}")
print(f"H({shooters['Xiao Ming']}) / H({shooters['Xiao Wang']}) = "
      f"{entropies['Xiao Ming'] / entropies['Xiao Wang']:.1f}")

# "Misses 9 times out of 10" is a long-run rate, not what any 10 shots show.
p_nine = math.comb(10, 9) * 0.9**9 * 0.1
print(f"comb(10, 9) * 0.9**9 * 0.1 = {p_nine:.4f}")
