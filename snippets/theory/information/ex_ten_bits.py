import math

bits = 10
p = 2.0 ** -bits  # I = -log2 p  <=>  p = 2**(-I)
print(p)
print(f"about 1 in {1 / p:.0f}")
print(f"{bits * math.log(2):.4f} nats")
