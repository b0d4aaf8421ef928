import numpy as np

p = np.linspace(0.01, 0.99, 981)
log_l = 6 * np.log(p) + 4 * np.log(1 - p)   # 6 white, 4 black
h = -(0.6 * np.log(0.6) + 0.4 * np.log(0.4))
print(f"max log L = {log_l.max():.4f} = log L({p[log_l.argmax()]:.2f})")
print(f"min -log L / 10 = {-log_l.max() / 10:.4f} = H(0.6, 0.4) = {h:.4f}")
