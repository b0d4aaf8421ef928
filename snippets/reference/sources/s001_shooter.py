import math


def information_bits(p):
    return -math.log2(p)


# Seed 001's two shooters and their hit rates.
entropy = {}
print(f"{'p_hit':>5}  {'I(hit)':>6}  {'I(miss)':>7}  {'sum':>6}  {'H':>6}  (bits)")
for name, p_hit in [("Ming", 0.1), ("Wang", 0.999)]:
    hit, miss = information_bits(p_hit), information_bits(1 - p_hit)
    entropy[name] = p_hit * hit + (1 - p_hit) * miss  # the probability-weighted average
    print(f"{p_hit:>5}  {hit:>6.4f}  {miss:>7.4f}  {hit + miss:>6.4f}  {entropy[name]:>6.4f}")
print(f"max H = H(0.5) = {0.5 * information_bits(0.5) + 0.5 * information_bits(0.5):.4f} bits")
print(f"H(0.1) / H(0.999) = {entropy['Ming'] / entropy['Wang']:.1f}")
