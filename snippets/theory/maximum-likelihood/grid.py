import numpy as np

# Seed 004's data: 10 balls, 6 white (1) and 4 black (0).
balls = np.array([1] * 6 + [0] * 4)
white, black = balls.sum(), len(balls) - balls.sum()

p = np.linspace(0, 1, 1001)                     # candidate P(white), step 0.001
likelihood = p**white * (1 - p) ** black        # p^6 (1 - p)^4
best = p[likelihood.argmax()]
print(f"white = {white}, black = {black}")
print(f"argmax L = {best:.3f}, max L = {likelihood.max():.6e}")
print(f"white / len(balls) = 6/10 = {white / len(balls)}")
for x in [0.5, 0.6, 0.7]:
    print(f"L({x}) = {x**6 * (1 - x) ** 4:.6e}   log L({x}) = {6 * np.log(x) + 4 * np.log(1 - x):.4f}")
