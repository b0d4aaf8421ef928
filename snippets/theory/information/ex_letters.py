import math

m = 26  # letters a-z, all equally likely
print(f"log2(m)        = {math.log2(m):.4f} bits")
print(f"ln(m)          = {math.log(m):.4f} nats")
print(f"log2(m) * ln 2 = {math.log2(m) * math.log(2):.4f} nats")
