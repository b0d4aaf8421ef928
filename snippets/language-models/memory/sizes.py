# Vocabulary sizes (the page gives the source of each)
GPT2 = 50_257
Llama2 = 32_000
Llama3 = 128_256
Gemma = 256_000

GiB = 2**30
B = 8  # sequences in a batch
size = 4  # bytes of a float32
print(f"{B = }, {size = } (float32); z: B·T·K")
print("         K        z GiB, T = 2048  T = 8192   z + ∂L/∂z, T = 8192")
for name, K in {"GPT2": GPT2, "Llama2": Llama2, "Llama3": Llama3, "Gemma": Gemma}.items():
    z = [B * T * K * size / GiB for T in (2048, 8192)]
    print(f"{name:7}  {K:<7}  {z[0]:15.2f}  {z[1]:8.2f}  {2 * z[1]:19.2f}")
