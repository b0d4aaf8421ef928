import numpy as np

from digits_models import EPOCHS, train

for hidden in (0, 64):  # softmax regression, then an MLP with 64 hidden units
    history, _ = train(hidden)
    best = int(np.argmin(history[:, 4]))  # the epoch of the smallest validation CE
    last = len(history) - 1
    print(f"{hidden=}  {EPOCHS=}")
    print("          epoch  train_ce  val_ce  val_acc  val_conf")
    for name, row in (("best", history[best]), ("last", history[last])):
        epoch, train_ce, _, _, val_ce, val_acc, val_conf = row
        print(f"  {name:<6} {epoch:6.0f}  {train_ce:8.4f}  {val_ce:6.4f}  {val_acc:7.4f}  {val_conf:8.4f}")
    print(f"  max val_acc {history[:, 5].max():.4f}")
