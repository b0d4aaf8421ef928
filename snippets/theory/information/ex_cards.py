import math

i_heart = -math.log2(13 / 52)           # the card is a heart
i_queen_given_heart = -math.log2(1 / 13)  # ...and, among the hearts, the queen
print(f"{i_heart:.4f} + {i_queen_given_heart:.4f} = {i_heart + i_queen_given_heart:.4f}")
print(f"-log2(1/52) = {-math.log2(1 / 52):.4f}")
