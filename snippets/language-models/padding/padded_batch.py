import torch
import torch.nn.functional as F

torch.manual_seed(0)
V = 8  # vocabulary: token ids 0 .. 7
PAD, IGNORE = 0, -100  # the padding token, and the label that F.cross_entropy ignores
lengths = [2, 5, 9]  # how many tokens each sequence predicts
T = max(lengths)

# Each sequence is n + 1 random tokens: the model reads the first n and predicts the last n.
inputs = torch.full((len(lengths), T), PAD)
labels = torch.full((len(lengths), T), IGNORE)
for i, n in enumerate(lengths):
    tokens = torch.randint(1, V, (n + 1,))
    inputs[i, :n], labels[i, :n] = tokens[:-1], tokens[1:]

# A tiny model: one linear layer from the current token (one-hot) to the next one's logits.
model = torch.nn.Linear(V, V, dtype=torch.float64)


def logits_of(rows):
    return model(F.one_hot(inputs[rows], V).double())  # (sequences, T, V)


def loss_of(rows, reduction="mean"):
    return F.cross_entropy(logits_of(rows).transpose(1, 2), labels[rows], reduction=reduction)


print(f"{V=}, {T=}")
print("inputs =")
print(inputs)
print("labels =")
print(labels)
