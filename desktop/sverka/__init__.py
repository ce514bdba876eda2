"""Sverka: check news articles against their translations, sentence by sentence."""

__version__ = "0.1.0"
APP_NAME = "Sverka"
APP_ID = "io.github.sverka.Sverka"
