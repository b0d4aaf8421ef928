import math


def information_bits(p):
    return -math.log2(p)


# Seed 001's two shooters and their hit rates.
entropy = {}
for name, p_hit in [("Ming", 0.1), ("Wang", 0.999)]:
    hit, miss = information_bits(p_hit), information_bits(1 - p_hit)
    entropy[name] = p_hit * hit + (1 - p_hit) * miss  # the probability-weighted average
    print(f"{name}: I(hit) {hit:.4f} + I(miss) {miss:.4f} = {hit + miss:.4f} bits summed, "
          f"entropy {entropy[name]:.4f} bits")
print(f"largest possible, at P(hit) = 0.5: {information_bits(0.5):.4f} bits")
print(f"Ming's entropy is {entropy['Ming'] / entropy['Wang']:.1f} times Wang's")
