import math

GiB = 2**30
K = 128_256  # Llama 3
N = 8 * 8192  # B·T tokens
size = 4  # float32
budget = 1 * GiB  # for one block of logits and its gradient, 2 arrays

rows = budget // (2 * K * size)
chunks, block = math.ceil(N / rows), 2 * rows * K * size / GiB
print(f"{rows=}, {chunks=}, {block=:.4f} GiB")
cols = budget // (2 * N * size)
chunks, block = math.ceil(K / cols), 2 * N * cols * size / GiB
print(f"{cols=}, {chunks=}, {block=:.4f} GiB")
