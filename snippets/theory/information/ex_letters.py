import math

m = 26  # letters a-z, all equally likely
print(f"{math.log2(m):.4f} bits")
print(f"{math.log(m):.4f} nats")
print(f"{math.log2(m) * math.log(2):.4f} nats (bits times ln 2)")
