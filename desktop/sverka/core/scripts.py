"""Which alphabet a text is written in, counted at C speed.

Language detection asks three questions of every sentence of every imported text: how many
Latin letters, how many Cyrillic letters, how many Kazakh-only letters. A regex character class
costs about 10 ns per character and a Python loop far more, so the letters are counted on the
UTF-8 bytes instead, where each alphabet has its own lead bytes and ``bytes.translate`` /
``bytes.count`` run at memory speed:

* ASCII letters are themselves; Latin-1 Supplement and Latin Extended-A/B letters
  (U+00C0-U+027F) start with lead bytes C3-C9 (× and ÷ are subtracted).
* Cyrillic U+0400-U+04FF starts with lead bytes D0-D3. Russian uses only D0/D1; the other
  Cyrillic letters, U+0480-U+04FF (lead bytes D2 and D3), include Kazakh's ғ қ ң ү ұ һ ә ө,
  and "і" (D1 96) / "І" (D0 86) complete the Kazakh set. Counting D2/D3 letters as Kazakh is
  exact for Russian/Kazakh text; a Tatar or Bashkir letter would also count, which is the
  right direction for a ru/kk decision. Ukrainian "ґ" (D2 90/91) is subtracted when asked.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["KAZAKH_LETTERS", "Letters", "letters", "script_of", "script_of_language"]

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

_ASCII_LETTERS = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
_LATIN_LEADS = bytes(range(0xC3, 0xCA))
_CYRILLIC_LEADS = bytes(range(0xD0, 0xD4))

_CYRILLIC_LANGS = frozenset({"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn", "tt"})
_OTHER_SCRIPT_LANGS = frozenset(
    {"ar", "bn", "el", "fa", "gu", "he", "hi", "ja", "kn", "ko", "ml", "mr", "ne", "pa", "ta",
     "te", "th", "ur", "zh-cn", "zh-tw", "zh"}
)  # fmt: skip


class Letters(NamedTuple):
    """Letter counts of a text: Latin, Cyrillic, and Kazakh-only (a subset of Cyrillic)."""

    latin: int
    cyrillic: int
    kazakh: int

    @property
    def script(self) -> str:
        """Majority alphabet: "latin", "cyrillic", or "other" when there are no such letters."""
        if self.latin > self.cyrillic:
            return "latin"
        return "cyrillic" if self.cyrillic else "other"


def letters(text: str, *, ukrainian_i: bool = False) -> Letters:
    """Count the Latin, Cyrillic and Kazakh-only letters of ``text``.

    With ``ukrainian_i`` (Ukrainian or Belarusian among the candidates) "і"/"І" and "ґ"/"Ґ"
    are not counted as Kazakh, since they are ordinary letters of those languages.
    """
    b = text.encode("utf-8", "surrogatepass")
    n = len(b)
    latin = 2 * n - len(b.translate(None, _ASCII_LETTERS)) - len(b.translate(None, _LATIN_LEADS))
    if latin and 0xC3 in b:
        latin -= b.count(b"\xc3\x97") + b.count(b"\xc3\xb7")  # × and ÷ are not letters
    cyrillic = n - len(b.translate(None, _CYRILLIC_LEADS))
    if not cyrillic:
        return Letters(latin, 0, 0)
    kazakh = b.count(b"\xd2") + b.count(b"\xd3")
    if ukrainian_i:
        kazakh -= b.count(b"\xd2\x90") + b.count(b"\xd2\x91")
    else:
        kazakh += b.count(b"\xd1\x96") + b.count(b"\xd0\x86")
    return Letters(latin, cyrillic, kazakh)


def script_of(text: str) -> str:
    """The alphabet of ``text``: "latin", "cyrillic", "mixed" (both) or "other" (neither).

    Strict: a single Latin letter in Cyrillic text makes it "mixed". Language detection uses
    the majority alphabet instead (``Letters.script``).
    """
    counts = letters(text)
    if counts.latin and counts.cyrillic:
        return "mixed"
    if counts.latin:
        return "latin"
    return "cyrillic" if counts.cyrillic else "other"


def script_of_language(lang: str) -> str:
    """The alphabet a language code is normally written in: "latin", "cyrillic" or "other"."""
    if lang in _CYRILLIC_LANGS:
        return "cyrillic"
    return "other" if lang in _OTHER_SCRIPT_LANGS else "latin"
