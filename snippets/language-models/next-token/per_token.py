import numpy as np

# Four predicted tokens: the probability the model gave each one, and its length in bytes.
q_y = np.array([0.50, 0.25, 0.10, 0.80])
n_bytes = np.array([3, 4, 2, 3])
n_tokens = len(q_y)

nats = -np.log(q_y)  # per-token cross-entropy, in nats
print("nats =", np.round(nats, 4), f" sum = {nats.sum():.4f}")
mean_nats = nats.mean()
mean_bits = mean_nats / np.log(2)
print(f"{mean_nats=:.4f}  {mean_bits=:.4f}")

ppl = np.exp(mean_nats)
geo_mean = np.exp(np.log(q_y).mean())  # the geometric mean of q(y)
print(f"{ppl=:.4f}  2**mean_bits = {2**mean_bits:.4f}  1/geo_mean = {1 / geo_mean:.4f}")

bpb = nats.sum() / (np.log(2) * n_bytes.sum())
print(f"{bpb=:.4f}  mean_bits * n_tokens / n_bytes.sum() = {mean_bits * n_tokens / n_bytes.sum():.4f}")
