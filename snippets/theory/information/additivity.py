import math

p_heads = 1 / 2  # a fair coin shows heads
p_six = 1 / 6    # a fair die, thrown independently, shows a six
p_both = p_heads * p_six  # independence: probabilities multiply


def info(p):
    return -math.log2(p)


print(f"info(p_heads) + info(p_six) = {info(p_heads):.4f} + {info(p_six):.4f} = {info(p_heads) + info(p_six):.4f}")
print(f"info(p_both)                = {info(p_both):.4f}")

# Another decreasing function of p, say 1 - p, does not add up.
print(f"(1 - 1/2) + (1 - 1/6) = {(1 - p_heads) + (1 - p_six):.4f} ≠ 1 - 1/12 = {1 - p_both:.4f}")
