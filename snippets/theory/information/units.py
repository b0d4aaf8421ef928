import math

print(f"nats / bits = ln 2     = {math.log(2):.6f}")
print(f"bits / nats = 1 / ln 2 = {1 / math.log(2):.6f}")

# The same event measured both ways: only the unit changes.
p = 1 / 6
bits, nats = -math.log2(p), -math.log(p)
print(f"p = 1/6: {bits:.4f} bits, {nats:.4f} nats, {nats:.4f} / {bits:.4f} = {nats / bits:.6f}")
