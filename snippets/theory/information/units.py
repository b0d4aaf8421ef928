import math

print(f"1 bit = ln 2     = {math.log(2):.6f} nats")
print(f"1 nat = 1 / ln 2 = {1 / math.log(2):.6f} bits")

# The same event measured both ways: only the unit changes.
p = 1 / 6
bits, nats = -math.log2(p), -math.log(p)
print(f"p = 1/6: {bits:.4f} bits, {nats:.4f} nats, {nats:.4f} / {bits:.4f} = {nats / bits:.6f}")
