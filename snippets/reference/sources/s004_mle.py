import numpy as np

# 6 white and 4 black balls; p = P(white).
p = np.linspace(0.01, 0.99, 99)
log_lik = 6 * np.log(p) + 4 * np.log(1 - p)
print(f"argmax log_lik: p = {p[log_lik.argmax()]:.1f}")

# Dividing by N = 10 with q = 6/10 gives q log p + (1 - q) log(1 - p) ...
q = 0.6
correct = q * np.log(p) + (1 - q) * np.log(1 - p)
print("allclose(log_lik / 10, correct):", np.allclose(log_lik / 10, correct))
# ... but the article writes p log p + (1 - p) log(1 - p), in which the data
# (q) no longer appears; it is smallest at p = 0.5 whatever the balls were.
article = p * np.log(p) + (1 - p) * np.log(1 - p)
i = np.flatnonzero(np.isclose(p, 0.3))[0]
print(f"p = 0.3: log L / N = {log_lik[i] / 10:.4f}, article = {article[i]:.4f}")
print("argmin article: p =", format(p[article.argmin()], ".1f"))
