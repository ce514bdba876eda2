"""The one place that knows where Sverka's files live.

Data (demo project, MT models) goes to the platform's user data folder, or to
``$SVERKA_HOME`` when set (tests, portable installs, ``--home`` on the CLI).
Bundled read-only data is reached through :func:`resource`, which works in a source
checkout, an installed wheel and a PyInstaller bundle alike.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# importlib.resources and platformdirs load on first use: every CLI command imports this
# module for `shown`, and they were ~15 ms of a `sverka stats` that takes ~100 ms (issue 17).

HOME_ENV = "SVERKA_HOME"

# Characters that would break a one-line message or fool the reader of a terminal: C0/C1
# controls (newline, ESC …), line/paragraph separators, bidi overrides, and the lone
# surrogates Python uses for bytes of a file name that are not UTF-8.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


class DataFolderError(Exception):
    """Sverka's data folder cannot be used (``--home`` names a file, no permission …)."""


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of an undecodable name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(path: str | os.PathLike[str]) -> str:
    """A file name fit for a one-line message: unchanged when plain, else quoted with
    backslash escapes, so ``a<newline>b.txt`` stays one line and cannot pass for two errors."""
    text = os.fspath(path)
    if not _UNSAFE.search(text):
        return text
    return "'" + _UNSAFE.sub(lambda m: _escape(m.group()), text.replace("\\", "\\\\")) + "'"


def storable(path: str | os.PathLike[str]) -> str:
    """A file name as text that can be stored (UTF-8): undecodable bytes become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _folder(path: Path, what: str) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise DataFolderError(f"{shown(path)}: the {what} is a file, not a folder") from exc
    except OSError as exc:
        raise DataFolderError(f"{shown(path)}: cannot create the {what} ({exc.strerror})") from exc
    return path


def data_dir() -> Path:
    """Sverka's writable data folder (created on first use); raises :class:`DataFolderError`."""
    import platformdirs

    override = os.environ.get(HOME_ENV)
    base = Path(override) if override else Path(platformdirs.user_data_dir("sverka", False))
    what = "data folder (--home / $SVERKA_HOME)" if override else "data folder"
    return _folder(base, what)


def models_dir() -> Path:
    """Where installed Argos translation models live."""
    return _folder(data_dir() / "models", "models folder")


def demo_project_path() -> Path:
    return data_dir() / "demo.sverka"


def resource(relative: str) -> Traversable:
    """A bundled resource under ``resources/``; refuses absolute or parent paths."""
    from importlib.resources import files

    parts = Path(relative).parts
    if Path(relative).is_absolute() or ".." in parts:
        raise ValueError(f"resource path must be relative and inside resources/: {relative}")
    node: Traversable = files("sverka") / "resources"
    for part in parts:
        node = node / part
    return node


def resource_path(relative: str) -> Path:
    """A real filesystem path for a bundled resource (resources are plain files here)."""
    from importlib.resources import as_file

    with as_file(resource(relative)) as path:
        return Path(path)


def special_file_kind(mode: int) -> str:
    """What a non-regular file is, for a one-line refusal ("a FIFO, not a regular file")."""
    import stat

    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"
