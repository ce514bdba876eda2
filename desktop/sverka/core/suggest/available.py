"""Whether the ``suggest`` extra (scikit-learn) is installed, and how to get it when it is not."""

from __future__ import annotations

import importlib.util

INSTALL_HINT = "suggestions need scikit-learn, which the base install leaves out: pip install 'sverka[suggest]'"


class SuggestUnavailable(RuntimeError):
    """scikit-learn is missing; the message says in one line how to install it."""

    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


def sklearn_available() -> bool:
    """True when scikit-learn can be imported (checked without importing it: that costs ~0.5 s)."""
    return importlib.util.find_spec("sklearn") is not None


def require_sklearn() -> None:
    if not sklearn_available():
        raise SuggestUnavailable()
