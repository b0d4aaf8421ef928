import math

# Seed 002 works the softmax of logits (1, 2) by hand to nine decimals.
a1 = math.exp(1) / (math.exp(1) + math.exp(2))
a2 = math.exp(2) / (math.exp(1) + math.exp(2))
rows = [("softmax(1, 2)[0]", "0.268941422", a1),
        ("softmax(1, 2)[1]", "0.731058581", a2),
        ("-ln softmax(1, 2)[1]", "0.313261684", -math.log(a2))]
print(f"{'':<22}{'article':>12}{'exact':>13}")
for name, article, exact in rows:
    print(f"{name:<22}{article:>12}{exact:>13.9f}")
