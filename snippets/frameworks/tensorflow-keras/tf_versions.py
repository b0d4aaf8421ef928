import os

os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"  # before the import: silences TensorFlow's C++ logs

import keras
import tensorflow as tf

print(f"TensorFlow {tf.__version__}")
backend = keras.backend.backend()
print(f"Keras {keras.__version__}, backend: {backend}")
