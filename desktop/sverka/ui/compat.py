"""Work-arounds for bugs of the Qt binding in use.

PySide6 6.12 on CPython 3.11 drops one reference to ``None`` for every call of a method
returning nothing (``QPainter.save``, ``fillRect``, ``QModelIndex.data`` → None …) and one to
``True``/``False`` for every ``Signal.emit``. Those objects are reference-counted before
Python 3.12, so after some hundreds of thousands of calls — a few minutes of scrolling and
tagging — the interpreter aborts with "none_dealloc: deallocating None". Python 3.12 made
these objects immortal (PEP 683); on older versions we give them the same treatment by
adding 2**40 references once, which no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

EXTRA_REFS = 1 << 40
_done = False


def protect_singletons() -> None:
    """Make None, True and False effectively immortal on CPython < 3.12 (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (non-debug builds).
        ctypes.c_ssize_t.from_address(id(obj)).value += EXTRA_REFS
    _done = True
