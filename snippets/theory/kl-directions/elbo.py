from contextlib import redirect_stdout

import numpy as np

with redirect_stdout(None):
    from forward_fit import mu_forward, s_forward
    from reverse_fit import mu_big, mu_small, s_big, s_small
    from two_peaks import integral, log_normal, log_p, reverse_kl, x

# Variational inference knows the target only up to a constant: p_tilde = Z p.
# Here Z = 5, a number the method never needs.
Z = 5.0
log_p_tilde = np.log(Z) + log_p


def elbo(mu, s):
    """The evidence lower bound: the integral of q (log p_tilde - log q)."""
    log_q = log_normal(x, mu, s)
    return integral(np.exp(log_q) * (log_p_tilde - log_q))


print(f"log Z = {np.log(Z):.4f}")
print("q          elbo     log Z - D_KL(q‖p)")
q_big, q_small, q_forward = (mu_big, s_big), (mu_small, s_small), (mu_forward, s_forward)
for name, q in {"q_big": q_big, "q_small": q_small, "q_forward": q_forward}.items():
    print(f"{name:9}  {elbo(*q):7.4f}  {np.log(Z) - reverse_kl(*q):7.4f}")
