# The article's script begins with these two lines.
old = "import torch.nn as nn\nx_input = torch.randn(3, 3)\n"
try:
    exec(old, {})
except NameError as e:
    print(f"NameError: {e}")

# `import torch.nn as nn` binds only `nn`; import torch itself as well.
new = "import torch\nimport torch.nn as nn\nx_input = torch.randn(3, 3)\n"
scope = {}
exec(new, scope)
print(tuple(scope["x_input"].shape))
