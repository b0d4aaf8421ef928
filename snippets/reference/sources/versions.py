import keras
import numpy as np
import tensorflow as tf
import torch

# The library versions every check on this page ran with.
print("numpy     ", np.__version__)
print("torch     ", torch.__version__.split("+")[0])
print("tensorflow", tf.__version__)
print("keras     ", keras.__version__)
