"""Machine translation of originals with installed Argos models, and its cache."""
