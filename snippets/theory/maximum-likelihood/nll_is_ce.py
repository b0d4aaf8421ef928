import numpy as np

white, black = 6, 4
n = white + black
empirical = np.array([white / n, black / n])  # (0.6, 0.4)
print(f"empirical = {empirical}")

print(f"{'p':>4}  {'-log L / 10':>11}  {'H(empirical, model)':>19}")
for p in [0.3, 0.5, 0.6, 0.9]:
    avg_nll = -(white * np.log(p) + black * np.log(1 - p)) / n
    model = np.array([p, 1 - p])
    ce = -(empirical * np.log(model)).sum()
    print(f"{p:>4}  {avg_nll:>11.4f}  {ce:>19.4f}")

h = -(empirical * np.log(empirical)).sum()
print(f"H(empirical) = {h:.4f} = min -log L / 10 = -log L({empirical[0]}) / 10")
