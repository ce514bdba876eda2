"""Cross-script name keys: one spelling-independent form per name.

A key is built in three steps:

1. romanize Cyrillic with the Kazakh pack (:mod:`.translit`), so Russian, Kazakh
   Cyrillic, Kazakh Latin and English spellings all land in Latin letters;
2. fold each word to a *skeleton* that erases what transliteration standards disagree
   on (zh/j/dzh, kh/h, q/k, y/i, doubled letters, the y-glide in "Tokayev"), so
   "Kassym-Jomart", "Kasym-Zhomart", "Qasym-Jomart" and "Қасым-Жомарт" meet;
3. OpenRefine's fingerprint over the words (sorted, unique) — but hyphens split words
   instead of vanishing, so "Alma-Ata" and "Alma Ata" meet while "Nur-Sultan" (city)
   and "Nursultan" (first name) stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sverka.core.names.translit import to_latin

# Letters of names in any of our scripts; apostrophes are separators (Kazakh Latin of
# 2017 used them, and English possessives are dropped separately).
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC_RE = re.compile(r"[\u0400-\u052f]")
_POSSESSIVE_RE = re.compile(r"(?<=\w)['’](s\b|(?=\s|$))")

# Multi-letter spellings of one sound, longest first (applied in this order).
_DIGRAPHS = (
    ("shch", "s"),
    ("sch", "s"),
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("tch", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("y", "i"),
)
# An i between two vowels is a glide that English spells "y" and Russian hides in the
# vowel letter: Tokayev / Токаев, Mayor / Маиор.
_GLIDE_RE = re.compile(r"(?<=[aeiou])i(?=[aeiou])")
_DOUBLE_RE = re.compile(r"(.)\1+")
_INNER_IE_RE = re.compile(r"(?<=.)ie")


def is_cyrillic(text: str) -> bool:
    """True when ``text`` holds any Cyrillic letter."""
    return _CYRILLIC_RE.search(text) is not None


def fold(latin: str) -> str:
    """Lower-case, drop diacritics (ä ğ ñ ö ş ū ü ç), map dotless ı to i and đ to dj."""
    low = latin.lower().replace("ı", "i")
    if "đ" in low:  # Serbian/Croatian Latin: Đoković / Djokovic / Ђоковић
        low = low.replace("đ", "dj")
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _skeleton_once(word: str) -> str:
    # Plain replaces in a fixed order: several times faster than one regex with a
    # callback, and the order only has to be the same for every word, which it is.
    for a, b in _DIGRAPHS:
        if a in word:
            word = word.replace(a, b)
    if word.startswith("ie") or word.startswith("io"):  # Yerzhan / Ержан, Yo- / Ё-
        word = word[1:]
    word = _GLIDE_RE.sub("", word)
    # Russian "ie" where Ukrainian and Belarusian write i: Киев / Kyiv / Київ, Dmitriev.
    word = _INNER_IE_RE.sub("i", word)
    return _DOUBLE_RE.sub(r"\1", word)


def skeleton(word: str) -> str:
    """The spelling-independent form of one Latin word (already folded).

    Applied until nothing changes, so a key's skeleton is the key itself ("cq" -> "ck"
    -> "k"); one pass is enough for almost every word.
    """
    while True:
        new = _skeleton_once(word)
        if new == word:
            return word
        word = new


def strip_possessive(text: str) -> str:
    """Drop English possessives ("Tokayev's", "Kazakhs'") so they key like the name."""
    return _POSSESSIVE_RE.sub("", text)


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """Key of one word of a name, in any script."""
    return skeleton(fold(to_latin(word)))


def words(text: str) -> list[str]:
    """The words of a name: hyphens, spaces, dots and apostrophes separate them."""
    return WORD_RE.findall(strip_possessive(text))


def word_keys(text: str) -> list[str]:
    """Keys of the words of ``text``, in order (empty keys dropped)."""
    return [k for k in (word_key(w) for w in words(text)) if k]


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The cross-script fingerprint of a name: sorted unique word keys joined by spaces.

    >>> name_key("Alma-Ata") == name_key("Alma Ata") == name_key("Алма-Ата")
    True
    >>> name_key("Kassym-Jomart Tokayev") == name_key("Тоқаев Қасым-Жомарт")
    True
    """
    return " ".join(sorted(set(word_keys(text))))


def openrefine_fingerprint(text: str) -> str:
    """OpenRefine's plain fingerprint (the baseline): no transliteration, hyphens deleted."""
    text = unicodedata.normalize("NFKD", text.strip().lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w\s]|_", "", text)
    return " ".join(sorted(set(text.split())))
