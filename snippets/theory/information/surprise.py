import math

# Made-up probabilities, for illustration only: how likely each piece of news
# was before we heard it.
news = dict(
    meals=0.95,  # ate three meals today
    heads=0.5,  # a fair coin came up heads
    six=1 / 6,  # a fair die showed a six
    snow=0.001,  # snow in Xishuangbanna
    certain=1,  # a certain event
)

for event, p in news.items():
    bits = math.log2(1 / p)  # self-information I(x) = -log2 p(x) = log2(1/p), in bits
    print(f"{event:<8} p = {p:<6.4g} I = {bits:7.4f} bits")
