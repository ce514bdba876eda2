"""Language-independent anchors for sentence alignment: numbers, names, punctuation.

Each sentence is reduced to a small set of typed keys (``"n:1.5"``, ``"N:hbrv"``, ``"p:?"``)
that survive translation between Russian, Kazakh and English. The aligner rewards beads whose
two sides share keys. Names are compared through a crude Latin consonant key, so that
"Хабаровского" and "Khabarovsk" (or "Дегтярев" and "Degtyarev") meet without a dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# Cyrillic (Russian + Kazakh) to Latin. Deliberately lossy: the key only has to make the
# usual transcriptions of one name collide, not to be readable.
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
    # Kazakh letters
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}
_TRANS = str.maketrans(_CYR)
# Digraphs first, so "kh"/"Х" and "sh"/"Ш" meet; "w" counts as a vowel because English W
# turns into У or В in Russian.
_DIGRAPHS = (("kh", "h"), ("zh", "z"), ("ch", "c"), ("sh", "s"), ("ts", "c"), ("tz", "c"),
             ("ph", "f"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("j", "i"), ("y", "i"))
_VOWELS = frozenset("aeiouw")
_NAME_KEY_LEN = 3
_BARE_C_RE = re.compile(r"c(?!h)")

_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’\-]*", re.UNICODE)
# A capitalized word of two letters or more (Latin, Russian or Kazakh capitals).
_CAP_RE = re.compile(r"(?<!\w)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]['’\-\w]*")
# A number with optional thousands groups ("1 000", "1,000", "1.000") and decimals ("1,5").
_NUM_RE = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")
_THOUSANDS_RE = re.compile(r"(?<=\d)[ \u00a0\u202f.,](?=\d{3}(?:\D|$))")
_PUNCT = {"?": "?", "!": "!", ":": ":", "(": "(", "«": '"', "»": '"', "“": '"', "”": '"',
          "„": '"', '"': '"', "%": "%", "$": "$", "€": "€", "£": "£"}


def _latinize(word: str) -> str:
    # English "c" before anything but "h" sounds k (Clinton / Клинтон); Cyrillic never
    # yields a bare "c", so this only touches Latin input.
    s = _BARE_C_RE.sub("k", word.lower().translate(_TRANS))
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=65536)
def latin_key(word: str) -> str:
    """A crude phonetic key of a (possibly Cyrillic) word: Latin consonant skeleton.

    Only the first :data:`_NAME_KEY_LEN` consonants are kept, which also strips Russian and
    Kazakh case endings ("Хабаровского" and "Khabarovsk" both give ``"hbr"``).
    """
    s = _latinize(word)
    out: list[str] = []
    for ch in s:
        if not ("a" <= ch <= "z") or ch in _VOWELS:
            continue
        if out and out[-1] == ch:  # Russell / Рассел
            continue
        out.append(ch)
        if len(out) == _NAME_KEY_LEN:
            break
    return "".join(out)


def number_keys(sentence: str) -> set[str]:
    """Numbers normalized so that "1,5" == "1.5", "1 000" == "1,000" == "1000"."""
    keys: set[str] = set()
    for m in _NUM_RE.finditer(sentence):
        raw = m.group().strip(" .,\u00a0\u202f")
        raw = _THOUSANDS_RE.sub("", raw)
        # Whatever separator is left is a decimal mark (Russian comma or English point);
        # if several remain it was a list ("4, 5") or a date ("12.03.2020"): split them.
        parts = re.split(r"[ \u00a0\u202f]", raw.replace(",", "."))
        for part in parts:
            if part.count(".") == 1:
                whole, frac = part.split(".")
                frac = frac.rstrip("0")
                keys.add(f"n:{int(whole)}.{frac}" if frac else f"n:{int(whole)}")
            else:
                keys.update(f"n:{int(p)}" for p in part.split(".") if p)
    return keys


def _capitalized(sentence: str) -> list[tuple[int, str]]:
    """(0 if sentence-initial else 1, word) for words that start with an upper-case letter."""
    first = _WORD_RE.search(sentence)
    start = first.start() if first else -1
    return [(int(m.start() != start), m.group()) for m in _CAP_RE.finditer(sentence)]


def name_keys(sentence: str, known: frozenset[str] = frozenset()) -> set[str]:
    """Keys of capitalized words; a sentence-initial word counts only if ``known``.

    Every language capitalizes its first word, so that one is a name only when the same key
    also occurs capitalized mid-sentence somewhere in the text (see :func:`text_name_keys`).
    """
    keys: set[str] = set()
    for pos, word in _capitalized(sentence):
        key = latin_key(word)
        if len(key) < 2:
            continue
        if pos > 0 or key in known:
            keys.add("N:" + key)
    return keys


def text_name_keys(sentences: Sequence[str]) -> frozenset[str]:
    """Keys of words capitalized in non-initial position anywhere in a text."""
    return frozenset(latin_key(w) for s in sentences for pos, w in _capitalized(s) if pos > 0)


def punct_keys(sentence: str) -> set[str]:
    """Punctuation that translators keep: questions, exclamations, quotes, colons, brackets."""
    return {"p:" + _PUNCT[ch] for ch in sentence if ch in _PUNCT}


def sentence_anchors(sentences: Sequence[str]) -> list[frozenset[str]]:
    """The anchor key set of every sentence of one text."""
    known = text_name_keys(sentences)
    return [frozenset(number_keys(s) | name_keys(s, known) | punct_keys(s)) for s in sentences]


# Weight of a shared key by type: a shared number is strong evidence, a shared "?" weak.
KEY_WEIGHT = {"n": 1.0, "N": 0.8, "p": 0.4}


def weighted_size(keys: frozenset[str]) -> float:
    """Sum of the key weights of a set."""
    return sum(KEY_WEIGHT[k[0]] for k in keys)


def latin_key_full(word: str) -> str:
    """Whole-word transliteration to Latin (lower case), vowels kept, for cognate overlap."""
    return _latinize(word)
