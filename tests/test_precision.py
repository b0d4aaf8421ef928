"""The numbers of language-models/precision, checked by other means than the snippets use.

- float16's largest number is (2 - 2^-10) * 2^15, worked out from its bits, and its log is the
  printed 11.0899; the log of the overflow threshold, 65504 plus half a step, is the printed
  11.0901. The largest float16 logit whose exp stays finite, by exp in float64 and that
  threshold, is the exercise's 11.0859375.
- bfloat16 rounding is round-to-nearest-even on the float32 bit pattern: a hand-written version
  agrees with torch on random and tie values, gives the page's bfloat16 logits and, through
  scipy's logsumexp, its losses; and the exercise's ties at 64.25 and 64.75.
- The z-loss gradient is 2 c log Z softmax(z): torch autograd against the closed form, the
  printed gradients against the closed form in NumPy, and the training table against a NumPy
  gradient descent that uses only the closed forms.

Each check is shown failing on the defect it guards against.
"""

import math
import re
import struct

import numpy as np
import torch
from scipy.special import logsumexp, softmax

from contract import SNIPPETS

FOLDER = SNIPPETS / "language-models" / "precision"


def out(name):
    return (FOLDER / f"{name}.out").read_text(encoding="utf-8")


def printed(text, pattern):
    match = re.search(pattern, text, re.M)
    assert match, pattern
    return match.group(1)


# float16 -------------------------------------------------------------------------------------


def float16_max(fraction_bits=10, exponent_bits=5):
    """All fraction bits set, the largest exponent that is not inf/nan: (2 - 2^-f) * 2^bias."""
    bias = 2 ** (exponent_bits - 1) - 1
    return (2 - 2.0**-fraction_bits) * 2.0**bias


def float16_problems(text, largest):
    problems = []
    if float(printed(text, r"info\.max=(\S+?),")) != largest:
        problems.append(f"info.max is not {largest}")
    if printed(text, r"^log\(max\) = (\S+)") != f"{math.log(largest):.4f}":
        problems.append(f"log(max) is not log({largest})")
    # round to nearest: inf from the largest number plus half its step up
    step = largest - float(np.nextafter(np.float16(largest), np.float16(0)))
    if printed(text, r"^log\(edge\) = (\S+)") != f"{math.log(largest + step / 2):.4f}":
        problems.append(f"log(edge) is not log({largest} + {step / 2})")
    return problems


def test_float16_max_is_worked_out_from_its_bits():
    assert float16_max() == 65504 == torch.finfo(torch.float16).max
    assert float16_problems(out("float16_range"), float16_max()) == []
    # e^11.1, in float64, is past it; float16 holds 11.1 as 11.1015625
    assert math.exp(11.1) > float16_max() and float(np.float16(11.1)) == 11.1015625


def test_float16_check_fails_on_a_wrong_bit_count():
    assert float16_max(fraction_bits=9) == 65472
    assert len(float16_problems(out("float16_range"), float16_max(fraction_bits=9))) == 3


def largest_finite_exp_logit():
    """The largest positive float16 whose exp, rounded to float16, is finite. float16 rounds
    to inf from 65504 + 16 (half a step of 32) up, a tie going to the even 65536 = inf."""
    positives = np.arange(1, 0x7C00, dtype=np.uint16).view(np.float16).astype(np.float64)
    with np.errstate(over="ignore"):
        return positives[np.exp(positives) < float16_max() + 16].max()


def test_largest_float16_logit_of_the_exercise():
    last = largest_finite_exp_logit()
    text = out("ex_float16_limit")
    assert float(printed(text, r"last\.item\(\)=(\S+?),")) == last == 11.0859375
    assert float(printed(text, r"after\.item\(\)=(\S+?),")) == float(np.nextafter(np.float16(last), np.inf))
    assert math.exp(float(printed(text, r"after\.item\(\)=(\S+?),"))) >= float16_max() + 16


def test_largest_logit_check_rejects_log_max_rounded_to_nearest():
    """Rounding log(65504) to the nearest float16 gives 11.09375, whose exp overflows."""
    nearest = float(np.float16(math.log(float16_max())))
    assert nearest == 11.09375 and nearest != largest_finite_exp_logit()


def test_naive_float16_sum_rounds_to_one():
    """1 + e^-9 + e^-14 is 1.000124; the small part is under half of float16's eps at 1."""
    small = math.exp(-9) + math.exp(-14)
    text = out("naive_softmax")
    assert printed(text, r"^sum float64\s+(\S+)") == f"{1 + small:.6f}"
    assert small < 2.0**-10 / 2 and printed(text, r"^sum float16\s+(\S+)") == "1.000000"
    assert printed(text, r"^float64\s+(\S+)") == f"{math.log1p(small):.6f}"


# bfloat16 ------------------------------------------------------------------------------------


def bf16_bits(x, ties="even"):
    """Round a float32 to bfloat16 by hand on its bit pattern; the float value back."""
    (bits,) = struct.unpack("<I", struct.pack("<f", x))
    if ties == "even":  # add just under half, plus the last kept bit: ties go to even
        bits = (bits + 0x7FFF + ((bits >> 16) & 1)) >> 16
    else:  # the defect: chop the 16 low bits off
        bits >>= 16
    return struct.unpack("<f", struct.pack("<I", bits << 16))[0]


def torch_disagreements(values, ties="even"):
    theirs = torch.tensor(values, dtype=torch.float32).to(torch.bfloat16).float().tolist()
    mine = [bf16_bits(float(np.float32(v)), ties) for v in values]
    return [(v, a, b) for v, a, b in zip(values, mine, theirs, strict=True) if a != b]


def random_and_tie_values():
    rng = np.random.default_rng(0)
    values = (rng.standard_normal(2000) * 10.0 ** rng.integers(-3, 4, 2000)).astype(np.float32)
    # exact halfway cases: a bfloat16 number plus half its step, in float32
    ties = [64.25, 64.75, 1 + 2**-8, 1 + 3 * 2**-8, -96.25]
    return values.tolist() + ties


def test_hand_rounding_agrees_with_torch():
    assert torch_disagreements(random_and_tie_values()) == []


def test_rounding_check_fails_on_truncation():
    assert len(torch_disagreements(random_and_tie_values(), ties="chop")) > 500


def bfloat16_table_problems(text, ties="even"):
    """The page's logits (seed 1) rounded by hand, and their losses by scipy's logsumexp."""
    z = np.random.default_rng(1).uniform(20, 100, size=5)
    rounded = np.array([bf16_bits(float(np.float32(v)), ties) for v in z])
    num = r"(-?\d+\.\d+)"
    rows = re.findall(rf"^\s+{num}\s+{num}\s+-?\d+\.\d+\s+{num}$", text, re.M)
    problems = []
    for v, r, (z_p, r_p, spacing_p) in zip(z, rounded, rows, strict=True):
        step = 2.0 ** (math.frexp(v)[1] - 1 - 7)  # v = m * 2^e with m in [0.5, 1)
        if (z_p, r_p, spacing_p) != (f"{v:.4f}", f"{r:.4f}", f"{step:.4f}"):
            problems.append(f"row {z_p}: printed {r_p}, by hand {r:.4f}")
    for y in range(5):
        loss = logsumexp(rounded) - rounded[y]
        if printed(text, rf"^y={y}: .*loss_bf16=\s*(\S+)") != f"{loss:.6f}":
            problems.append(f"loss_bf16 for y={y}")
    return problems


def test_page_bfloat16_logits_and_losses():
    text = out("bfloat16_logits")
    assert bfloat16_table_problems(text) == []
    assert printed(text, r"info\.eps=(\S+?),") == str(2.0**-7)


def test_bfloat16_table_check_fails_on_truncation():
    assert bfloat16_table_problems(out("bfloat16_logits"), ties="chop") != []


def test_exercise_ties_at_64():
    text = out("ex_bfloat16_64")
    for v in ("64.2", "64.25", "64.3", "64.75"):
        assert printed(text, rf"^{re.escape(v)} -> (\S+)$") == str(bf16_bits(float(v)))
    # the defect rounds 64.75 down, like every other value in [64.5, 65)
    assert str(bf16_bits(64.75, ties="chop")) != printed(text, r"^64\.75 -> (\S+)$")


# z-loss --------------------------------------------------------------------------------------


def z_loss_grad_closed(z, c, factor=2):
    return factor * c * logsumexp(z) * softmax(z)


def autograd_mismatch(factor=2):
    c = 1e-4
    z = torch.randn(8, 50, dtype=torch.float64, generator=torch.Generator().manual_seed(3)) * 10
    z.requires_grad_()
    (c * torch.logsumexp(z, dim=1) ** 2).sum().backward()
    closed = np.stack([z_loss_grad_closed(row, c, factor) for row in z.detach().numpy()])
    return np.abs(z.grad.numpy() - closed).max()


def test_z_loss_gradient_is_its_closed_form():
    assert autograd_mismatch() < 1e-15


def test_gradient_check_fails_without_the_factor_2():
    assert autograd_mismatch(factor=1) > 1e-5


def printed_vector(text, label):
    return [float(v) for v in printed(text, rf"^{re.escape(label)}\s+(.*)$").split()]


def z_loss_grad_problems(text, factor=2):
    z, c = np.array([9.0, 8.0, 7.5, 6.0]), 1e-4
    closed = z_loss_grad_closed(z, c, factor)
    problems = []
    if printed_vector(text, "∂c(log Z)²/∂z") != [round(v, 6) for v in closed]:
        problems.append("∂c(log Z)²/∂z")
    if printed(text, r"grad_z_loss\.sum\(\)\.item\(\)=(\S+?),") != f"{closed.sum():.6f}":
        problems.append("sum")
    ce_grad = softmax(z) - np.eye(4)[1]
    if printed_vector(text, "∂CE/∂z") != [round(v, 6) for v in ce_grad]:
        problems.append("∂CE/∂z")
    return problems


def test_printed_z_loss_gradients():
    assert z_loss_grad_problems(out("z_loss_grad")) == []


def test_printed_gradient_check_fails_without_the_factor_2():
    assert z_loss_grad_problems(out("z_loss_grad"), factor=1) == ["∂c(log Z)²/∂z", "sum"]


def numpy_training(c, factor=2, steps=200, lr=0.5):
    """The page's run, by closed-form gradients: CE gives (q - y) / N, z-loss 2 c log Z q / N."""
    gen = torch.Generator().manual_seed(0)  # the same data and start
    x = torch.randn(64, 4, generator=gen, dtype=torch.float64)
    teacher = torch.randn(4, 5, generator=gen, dtype=torch.float64)
    w = (0.1 * torch.randn(4, 5, generator=gen, dtype=torch.float64)).numpy()
    x, y = x.numpy(), (x @ teacher).argmax(dim=1).numpy()
    b, onehot, log_z_means = np.full(5, 8.0), np.eye(5)[y], []
    for step in range(steps + 1):
        z = x @ w + b
        log_z = logsumexp(z, axis=1)
        log_z_means.append(log_z.mean())
        if step == steps:  # b.mean() after exactly `steps` updates, like the table's last row
            break
        q = softmax(z, axis=1)
        dz = (q - onehot + factor * c * log_z[:, None] * q) / len(x)
        w, b = w - lr * x.T @ dz, b - lr * dz.sum(axis=0)
    return log_z_means, b.mean()


def z_loss_table_problems(text, factor=2):
    cs = (0.0, 1e-4, 1e-2, 1e-1)
    runs = [numpy_training(c, factor) for c in cs]
    problems = []
    for step in (0, 1, 2, 5, 10, 20, 50, 100, 200):
        row = printed(text, rf"^\s*{step}\s+(.*)$").split()[::2]
        if row != [f"{log_z[step]:.4f}" for log_z, _ in runs]:
            problems.append(f"step {step}")
    if printed(text, r"^b\.mean\(\)\s+(.*)$").split() != [f"{mean_b:.4f}" for _, mean_b in runs]:
        problems.append("b.mean()")
    return problems


def test_z_loss_table_by_closed_form_gradients():
    text = out("z_loss")
    assert z_loss_table_problems(text) == []
    assert printed(text, r"^b\.mean\(\)\s+(\S+)") == "8.0000"  # CE alone never moves sum(b)


def test_z_loss_table_check_fails_without_the_factor_2():
    problems = z_loss_table_problems(out("z_loss"), factor=1)
    assert "b.mean()" in problems and len(problems) > 5


def autocast_dtypes(enabled=True):
    """The dtypes of the page's three results, asked of torch on a fresh layer."""
    layer = torch.nn.Linear(3, 2)
    with torch.autocast(device_type="cpu", dtype=torch.bfloat16, enabled=enabled):
        z = layer(torch.ones(1, 3))
        loss = torch.nn.functional.cross_entropy(z, torch.tensor([0]))
        log_q = torch.nn.functional.log_softmax(z, dim=-1)
    return {"z": z.dtype, "loss": loss.dtype, "log_q": log_q.dtype}


def autocast_problems(text, dtypes):
    return [name for name, dtype in dtypes.items() if f"{name}.dtype={dtype}" not in text]


def test_autocast_dtypes_on_this_torch():
    dtypes = autocast_dtypes()
    assert dtypes == {"z": torch.bfloat16, "loss": torch.float32, "log_q": torch.bfloat16}
    assert autocast_problems(out("autocast_dtypes"), dtypes) == []


def test_autocast_check_fails_when_autocast_is_off():
    assert autocast_problems(out("autocast_dtypes"), autocast_dtypes(enabled=False)) == ["z", "log_q"]
