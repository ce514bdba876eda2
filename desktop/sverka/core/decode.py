"""Turning bytes from a file into text, or a clear reason why they are not text.

Russian files still arrive in Windows-1251, so: UTF-8 (with or without BOM) first, UTF-16
when it has a BOM, then Windows-1251 — but only if the result looks like writing, because
cp1251 decodes almost any byte sequence, random noise included.
"""

from __future__ import annotations

import re

UTF8_BOM = b"\xef\xbb\xbf"
# Unicode's control characters (category Cc: C0, DEL and C1, a fixed set) other than tab,
# newline, carriage return and form feed. One regex scan instead of a Python test per
# character, which was the largest cost of reading a file.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


class NotText(ValueError):
    """The bytes are not a text in an encoding Sverka reads."""


def _check_plausible(text: str, encoding: str) -> None:
    """Reject decoded text that is mostly control characters or symbols (binary data)."""
    nul = text.find("\x00")
    if nul >= 0:
        raise NotText(f"binary content (NUL byte at character {nul})")
    sample = text[:20000]
    controls = len(_CONTROLS.findall(sample))
    if controls > max(2, len(sample) // 200):
        raise NotText(f"binary content ({controls} control characters), not a text file")
    if encoding == "cp1251":
        visible = [ch for ch in sample if not ch.isspace()]
        wordlike = sum(1 for ch in visible if ch.isalnum() or ch in ".,;:!?-–—«»\"'()%№")
        if visible and wordlike / len(visible) < 0.85:
            raise NotText("not UTF-8, and not plausible Windows-1251 text either")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file content; return (text with LF line endings, encoding name).

    Raises NotText with a short reason for binary data or unknown encodings.
    """
    if data.startswith(UTF8_BOM):
        try:
            text, encoding = data[len(UTF8_BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise NotText(f"invalid UTF-8 at byte {exc.start + 3}") from exc
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise NotText(f"invalid UTF-16 at byte {exc.start}") from exc
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_error:
            try:
                text, encoding = data.decode("cp1251"), "cp1251"
            except UnicodeDecodeError:
                raise NotText(f"invalid UTF-8 at byte {utf8_error.start}") from utf8_error
    _check_plausible(text, encoding)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
