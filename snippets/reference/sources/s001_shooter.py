import math


def entropy_bits(p):
    """Entropy of a hit/miss outcome that hits with probability p."""
    return -(p * math.log2(p) + (1 - p) * math.log2(1 - p))


# Seed 001's two shooters and their hit rates.
for name, p_hit, shots in [("Ming", 0.1, 10), ("Wang", 0.999, 1000)]:
    misses = round((1 - p_hit) * shots)
    print(f"{name}: P(hit) = {p_hit}, misses {misses} of {shots}, "
          f"H = {entropy_bits(p_hit):.4f} bits")
print(f"largest possible, at P(hit) = 0.5: {entropy_bits(0.5):.4f} bits")
