import warnings

from torch import nn

# The article's comment describes NLLLoss's defaults as size_average and reduce.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.NLLLoss(size_average=True, reduce=True)
for w in caught:
    if "size_average" in str(w.message):
        print(f"{w.category.__name__}: size_average and reduce are deprecated, use reduction")

print("old.reduction =", repr(old.reduction))
print("nn.NLLLoss().reduction =", repr(nn.NLLLoss().reduction))
