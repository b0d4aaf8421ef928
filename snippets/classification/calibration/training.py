import numpy as np

from digits_models import EPOCHS, ece, softmax, train, y

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

# the MLP stopped at its best epoch (the same run, cut short), and at the last
at_best, at_last = train(64, epochs=best + 1)[1], train(64)[1]
target = y["val"].numpy()
# validation ECE; the images it gets wrong: how many, their mean max q, their share of the CE
print("          epoch  val_ece  wrong  wrong_conf  wrong_share")
for name, epoch, logits in (("best", best + 1, at_best), ("last", EPOCHS, at_last)):
    q = softmax(logits["val"])
    wrong = q.argmax(axis=1) != target
    ce = -np.log(q[np.arange(len(target)), target])  # each image's -log q(y)
    val_ece, wrong_conf, wrong_share = ece(q, target), q.max(axis=1)[wrong].mean(), ce[wrong].sum() / ce.sum()
    print(f"  {name:<6} {epoch:6d}  {val_ece:7.4f}  {wrong.sum():5d}"
          f"  {wrong_conf:10.4f}  {wrong_share:11.4f}")  # fmt: skip
