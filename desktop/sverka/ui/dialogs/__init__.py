"""Dialogs. Each is shown non-modally (``open()``/``show()``) so tests can drive it."""
