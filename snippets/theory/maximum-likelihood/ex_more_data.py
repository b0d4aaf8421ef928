import numpy as np


def log_l(p, white, black):
    return white * np.log(p) + black * np.log(1 - p)


for white, black in [(6, 4), (60, 40)]:
    p = np.linspace(0.001, 0.999, 999)
    best = p[log_l(p, white, black).argmax()]
    drop = log_l(0.6, white, black) - log_l(0.5, white, black)
    print(f"{white} white, {black} black: argmax log L = {best:.3f}, "
          f"log L(0.6) - log L(0.5) = {drop:.4f}")
