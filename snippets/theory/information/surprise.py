import math

# Made-up probabilities, for illustration only: how likely each piece of news
# was before we heard it.
news = {
    "ate three meals today": 0.95,
    "fair coin came up heads": 0.5,
    "fair die showed a six": 1 / 6,
    "snow in Xishuangbanna": 0.001,
}

for event, p in news.items():
    bits = math.log2(1 / p)  # self-information I(x) = -log2 p(x) = log2(1/p), in bits
    print(f"{event:<26} p = {p:<6.4g} I = {bits:7.4f} bits")
print(f"{'a certain event':<26} p = {1:<6.4g} I = {math.log2(1 / 1.0):7.4f} bits")
