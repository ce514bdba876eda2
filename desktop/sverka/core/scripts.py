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

import re
from typing import NamedTuple

__all__ = [
    "KAZAKH_LETTERS",
    "SYSTEM_LANGUAGES",
    "Letters",
    "foreign_letter_re",
    "letters",
    "script_of",
    "script_of_language",
    "writing_system",
    "writing_system_of_language",
    "writing_systems_of_language",
]

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

_ASCII_LETTERS = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
_LATIN_LEADS = bytes(range(0xC3, 0xCA))
_CYRILLIC_LEADS = bytes(range(0xD0, 0xD4))

_CYRILLIC_LANGS = frozenset({"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn", "tt"})
_OTHER_SCRIPT_LANGS = frozenset(
    {
        "ar",
        "bn",
        "el",
        "fa",
        "gu",
        "he",
        "hi",
        "ja",
        "kn",
        "ko",
        "ml",
        "mr",
        "ne",
        "pa",
        "ta",
        "te",
        "th",
        "ur",
        "zh-cn",
        "zh-tw",
        "zh",
        "hy",
        "ka",
    }
)


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


# -- writing systems beyond Latin and Cyrillic ----------------------------------------------

# Letters (and, for Arabic, its own punctuation and digits) of the other writing systems.
_SYSTEM_RANGES = {
    "greek": "\u0370-\u03ff\u1f00-\u1fff",
    "armenian": "\u0530-\u058f",
    "hebrew": "\u0590-\u05ff",
    "arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe",
    "devanagari": "\u0900-\u097f",
    "bengali": "\u0980-\u09ff",
    "gurmukhi": "\u0a00-\u0a7f",
    "gujarati": "\u0a80-\u0aff",
    "tamil": "\u0b80-\u0bff",
    "telugu": "\u0c00-\u0c7f",
    "kannada": "\u0c80-\u0cff",
    "malayalam": "\u0d00-\u0d7f",
    "thai": "\u0e00-\u0e7f",
    "georgian": "\u10a0-\u10ff\u1c90-\u1cbf",
    "hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "kana": "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f",
    "han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
}
_SYSTEM_RES = {name: re.compile(f"[{chars}]") for name, chars in _SYSTEM_RANGES.items()}
_SYLLABLE_WEIGHT = 4
_ANY_OTHER_RE = re.compile("[" + "".join(_SYSTEM_RANGES.values()) + "]")

# The languages Sverka knows in each writing system. Where a system has one language the
# script alone decides (Hangul is Korean, Greek is Greek); where it has several (Arabic script:
# Arabic, Persian, Urdu; Han: Chinese, Japanese) n-grams choose among them only.
SYSTEM_LANGUAGES: dict[str, tuple[str, ...]] = {
    "cyrillic": ("ru", "kk", "ky", "tt", "ba", "tg", "mn", "uk", "be", "bg", "mk", "sr"),
    "greek": ("el",),
    "armenian": ("hy",),
    "hebrew": ("he",),
    "arabic": ("ar", "fa", "ur"),
    "devanagari": ("hi", "mr", "ne"),
    "bengali": ("bn",),
    "gurmukhi": ("pa",),
    "gujarati": ("gu",),
    "tamil": ("ta",),
    "telugu": ("te",),
    "kannada": ("kn",),
    "malayalam": ("ml",),
    "thai": ("th",),
    "georgian": ("ka",),
    "hangul": ("ko",),
    "kana": ("ja",),
    "han": ("zh", "ja"),
}
_LANGUAGE_SYSTEM: dict[str, str] = {"zh-cn": "han", "zh-tw": "han"}
for _system, _langs in SYSTEM_LANGUAGES.items():
    for _lang in _langs:
        _LANGUAGE_SYSTEM.setdefault(_lang, _system)  # Japanese: kana first, Han as well


def writing_systems_of_language(lang: str) -> tuple[str, ...]:
    """Every writing system a language is a candidate in (Japanese: kana and Han)."""
    found = tuple(system for system, langs in SYSTEM_LANGUAGES.items() if lang in langs)
    return found or (writing_system_of_language(lang),)


def writing_system_of_language(lang: str) -> str:
    """The writing system of a language code: "latin" unless listed in SYSTEM_LANGUAGES."""
    return _LANGUAGE_SYSTEM.get(lang, "latin")


CYRILLIC_WEIGHT = 2


def writing_system(text: str, counts: Letters | None = None) -> str:
    """The writing system most of the letters of ``text`` belong to, or "none".

    Latin and Cyrillic come from ``letters`` (pass its result to save a count); the other
    systems are only counted when a regex finds any of their characters. Japanese mixes kana
    with Han characters: any real share of kana makes the text "kana".
    """
    if counts is None:
        counts = letters(text)
    # Cyrillic news writes foreign names in Latin letters ("… от BBC Scotland на „Tony Macaroni
    # Arena“"); Latin-script news almost never quotes Cyrillic. So a Cyrillic letter counts
    # CYRILLIC_WEIGHT times against Latin ones.
    if counts.latin > counts.cyrillic * CYRILLIC_WEIGHT:
        best, best_n = "latin", counts.latin
    else:
        best, best_n = "cyrillic", counts.cyrillic
    if _ANY_OTHER_RE.search(text) is None:
        return best if best_n else "none"
    found = {name: len(rx.findall(text)) for name, rx in _SYSTEM_RES.items()}
    # A Han character or Hangul syllable is a word or syllable, not a letter: a Chinese
    # sentence naming "Holly Willoughby" in Latin letters is still Chinese.
    for name in ("han", "kana", "hangul"):
        found[name] *= _SYLLABLE_WEIGHT
    kana, han = found["kana"], found["han"]
    if kana and kana * 10 >= kana + han:
        found["kana"] = kana + han
        found["han"] = 0
    for name, n in found.items():
        if n > best_n:
            best, best_n = name, n
    return best if best_n else "none"


# Each language's letters, for the one question "could this sentence be in its text's
# language at all?" (ё, і, ї, є, ґ, ў and the Turkic letters are outside а-я).
_ALPHABETS = {
    "ru": "а-яёА-ЯЁ",
    "en": "a-zA-Z",
    "uk": "а-щьюяґєіїА-ЩЬЮЯҐЄІЇʼ'",
    "be": "а-зй-шы-яёіўА-ЗЙ-ШЫ-ЯЁІЎ'ʼ",
    "bg": "а-ъьюяА-ЪЬЮЯ",
    "kk": "а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ",
}


def foreign_letter_re(lang: str) -> re.Pattern[str] | None:
    """A regex that finds a letter ``lang`` does not write, or None for an unlisted language."""
    alphabet = _ALPHABETS.get(lang)
    if alphabet is None:
        return None
    return _FOREIGN_RES.setdefault(lang, re.compile(rf"[^\W\d_{alphabet}]"))


_FOREIGN_RES: dict[str, re.Pattern[str]] = {}
