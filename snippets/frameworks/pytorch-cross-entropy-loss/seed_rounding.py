import torch

# The article printed its random inputs rounded to 4 decimals. Each true value
# lies within ±0.00005 of what was printed; float64 keeps the bounds exact.
logits = torch.tensor([[2.8883, 0.1760, 1.0774],
                       [1.1216, -0.0562, 0.0660],
                       [-1.3939, -0.0967, 0.5853]], dtype=torch.float64)
half_step = 0.00005

# Entries where the article's printout differs from ours: (row, column, printed).
article = {torch.softmax: [(1, 2, 0.2102), (2, 2, 0.6083)],
           torch.log_softmax: [(1, 2, -1.5599)]}

print(f"{'':<8}{'ours':>9}{'article':>9}  {'[lo, hi]':<22}{'round(·, 4)':<21}inside")
for fn, entries in article.items():
    print(fn.__name__)
    for row, col, printed in entries:
        # Softmax entry (row, col) grows with its own logit and shrinks with
        # the others, so its extremes sit at the corners of the rounding box.
        low = logits[row] + half_step
        low[col] -= 2 * half_step
        high = logits[row] - half_step
        high[col] += 2 * half_step
        ours = fn(logits[row], dim=0)[col]
        lo, hi = fn(low, dim=0)[col], fn(high, dim=0)[col]
        label = f"[{row}, {col}]"
        # The article printed 4 decimals, so compare with the range rounded to 4.
        inside = round(lo.item(), 4) <= printed <= round(hi.item(), 4)
        print(f"  {label:<6}{ours:>9.4f}{printed:>9.4f}  {f'[{lo:.5f}, {hi:.5f}]':<22}"
              f"{f'[{lo:.4f}, {hi:.4f}]':<21}{inside}")
