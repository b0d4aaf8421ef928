import math

bits = 10
p = 2.0 ** -bits  # I = -log2 p  <=>  p = 2**(-I)
print(f"{p = }")
print(f"1 / p = {1 / p:.0f}")
print(f"bits * ln 2 = {bits * math.log(2):.4f} nats")
