import numpy as np

# Two models of the same text, under two tokenizers: (perplexity per token, tokens per byte).
for name, ppl, tokens_per_byte in (("a", 20.0, 0.25), ("b", 5.0, 0.5)):
    bits_per_token = np.log2(ppl)
    bpb = bits_per_token * tokens_per_byte
    print(f"{name}: {ppl=}  {tokens_per_byte=}  {bits_per_token=:.4f}  {bpb=:.4f}")
