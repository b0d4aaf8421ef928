import numpy as np
import sympy as sp

q, s = sp.symbols("q s", positive=True)  # s stands for 1 - q
y, z = sp.symbols("y z", real=True)
# The gradient we want, ∂C/∂z = q - y, divided by the sigmoid's dq/dz = q(1 - q):
dC_dq = sp.apart((q - y) / (q * (1 - q)), q)
print("∂C/∂q =", dC_dq)
# Integrated over q term by term, it holds log(q - 1), complex for 0 < q < 1 ...
print("∫ ∂C/∂q =", sum(sp.integrate(term, q) for term in sp.Add.make_args(dC_dq)))
# ... so integrate ∂C/∂z over z instead, where q = σ(z) ...
C_z = sp.integrate(1 / (1 + sp.exp(-z)) - y, z)
print("C(z) =", C_z)
print("C(z) - (log(1 + e^z) - y z) =", sp.simplify(C_z - (sp.log(1 + sp.exp(z)) - y * z)))
# ... and go back to q: z = log(q/s) with s = 1 - q, both positive.
C_qs = sp.expand_log(sp.together(sp.expand(C_z.subs(z, sp.log(q / s)))), force=True)
C_q = sp.expand(sp.expand_log(sp.simplify(C_qs.subs(s, 1 - q)), force=True))
print("C(q) =", C_q)
bce = -(y * sp.log(q) + (1 - y) * sp.log(1 - q))
print("C(q) - BCE =", sp.simplify(C_q - bce))
print("∂BCE/∂q - ∂C/∂q =", sp.simplify(sp.diff(bce, q) - dC_dq))


# The same integral numerically, from q = 0.5, against BCE(q) - BCE(0.5).
def bce_value(q, y):
    return -(y * np.log(q) + (1 - y) * np.log(1 - q))


print(f"{'y':>4}{'q':>6}{'∫ ∂C/∂q':>11}{'BCE(q) - BCE(0.5)':>19}")
for y_value in (0.0, 0.3, 1.0):
    for q_value in (0.1, 0.9, 0.99):
        t = np.linspace(0.5, q_value, 200_001)
        integral = np.trapezoid((t - y_value) / (t * (1 - t)), t)
        closed = bce_value(q_value, y_value) - bce_value(0.5, y_value)
        print(f"{y_value:4.1f}{q_value:6.2f}{integral:11.6f}{closed:19.6f}")
