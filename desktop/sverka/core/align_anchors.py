"""Language-independent anchors for sentence alignment: numbers, dates, names, punctuation.

Each sentence is reduced to a small set of typed keys (``"n:1.5"``, ``"N:hbr"``, ``"p:?"``)
that survive translation between Russian, Kazakh and English:

- ``n:`` numbers ("1,5" = "1.5", "2 000" = "2,000"; "2,5 тыс." also gives ``n:2500``);
- ``m:`` months of dates ("12 марта", "March 12", "12.03.2020", "наурыз" all give ``m:3``);
- ``N:`` capitalized words through a crude Latin consonant key, so that "Хабаровского" and
  "Khabarovsk" (or "Дегтярев" and "Degtyarev") meet without a dictionary;
- ``A:`` acronyms through the names index's word key (ЛДПР = LDPR, ЕАЭС = EAES);
- ``L:`` Latin tokens inside Cyrillic text (KP.ru, iPhone, COVID-19) and their twins on the
  Latin side (tokens with a capital inside, a dot or a digit);
- ``p:`` punctuation that translators keep: quotes, "?", "!", ":", brackets, "%", currencies.

The aligner rewards beads whose two sides share keys and, for the strong kinds, penalizes
keys left without a twin (see :data:`KEY_WEIGHT`, :data:`STRONG_KINDS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sverka.core.names.keys import word_key

# Cyrillic (Russian + Kazakh) to Latin. Deliberately lossy: the key only has to make the
# usual transcriptions of one name collide, not to be readable.
_CYR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    # Kazakh letters
    "ә": "a",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
}
_TRANS = str.maketrans(_CYR)
# Digraphs first, so "kh"/"Х" and "sh"/"Ш" meet; "w" counts as a vowel because English W
# turns into У or В in Russian.
_DIGRAPHS = (
    ("kh", "h"),
    ("zh", "z"),
    ("ch", "c"),
    ("sh", "s"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("ck", "k"),
    ("x", "ks"),
    ("q", "k"),
    ("j", "i"),
    ("y", "i"),
)
_VOWELS = frozenset("aeiouw")
_NAME_KEY_LEN = 3
_BARE_C_RE = re.compile(r"c(?!h)")

_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’\-]*", re.UNICODE)
# A capitalized word of two letters or more (Latin, Russian or Kazakh capitals).
_CAP_RE = re.compile(r"(?<!\w)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]['’\-\w]*")
# A number with optional thousands groups ("1 000", "1,000", "1.000") and decimals ("1,5").
_NUM_RE = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")
_THOUSANDS_RE = re.compile(r"(?<=\d)[ \u00a0\u202f.,](?=\d{3}(?:\D|$))")
_PUNCT = {
    "?": "?",
    "!": "!",
    ":": ":",
    "(": "(",
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    '"': '"',
    "%": "%",
    "$": "$",
    "€": "€",
    "£": "£",
}

_PUNCT_CHARS = frozenset(_PUNCT)


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


def name_keys(
    sentence: str, known: frozenset[str] = frozenset(), capitalized: list[tuple[int, str]] | None = None
) -> set[str]:
    """Keys of capitalized words; a sentence-initial word counts only if ``known``.

    Every language capitalizes its first word, so that one is a name only when the same key
    also occurs capitalized mid-sentence somewhere in the text (see :func:`text_name_keys`).
    ``capitalized``: the sentence's :func:`_capitalized` words, when already known.
    """
    keys: set[str] = set()
    for pos, word in _capitalized(sentence) if capitalized is None else capitalized:
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
    return {"p:" + _PUNCT[ch] for ch in _PUNCT_CHARS.intersection(sentence)}


# Months: Russian stems with their case endings (so "Мартин" and "Майкл" are no months),
# Kazakh stems with any suffix, English names and abbreviations with their capital.
_RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
_KK_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_RE = re.compile(
    r"(?<!\w)(?:(?P<ru>январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ём|ем)"
    r"|(?P<ru2>март|август)(?:а|е|у|ом)?|(?P<ru3>ма)(?:й|я|е|ем)"
    r"|(?P<kk>" + "|".join(_KK_MONTHS) + r")\w{0,6}"
    r"|(?P<en>" + "|".join(_EN_MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?!\w)",
    re.IGNORECASE,
)
_MONTH_OF = {
    **{st: k + 1 for k, st in enumerate(_RU_MONTHS)},
    **{st: k + 1 for k, st in enumerate(_KK_MONTHS)},
    **{st.lower(): k + 1 for k, st in enumerate(_EN_MONTHS)},
    **{st.lower()[:3]: k + 1 for k, st in enumerate(_EN_MONTHS)},
    "sept": 9,
}
# "May" and "March" are verbs too, Kazakh "қазан" is also Kazan and a cauldron, "май" butter:
# these count only next to a number.
_AMBIGUOUS = frozenset({"may", "march", "mar", "қазан", "ма"})
_DIGIT_RE = re.compile(r"\d")
_DATE_RE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b")
# Numbers written as words, by value (Russian forms: nominative and genitive/dative). The QA
# number check accepts any of them for a digit on the other side; as alignment anchors only
# the unambiguous ones count (13 and up: "one", "он" are words of their own too).
_SPELLED: dict[int, str] = {
    1: "one один одна одно одного одной бір",
    2: "two два две двух двум екі",
    3: "three три трех трёх трем үш",
    4: "four четыре четырех четырёх төрт",
    5: "five пять пяти бес",
    6: "six шесть шести алты",
    7: "seven семь семи жеті",
    8: "eight восемь восьми сегіз",
    9: "nine девять девяти тоғыз",
    10: "ten десять десяти он",
    11: "eleven одиннадцать он бір",
    12: "twelve двенадцать двенадцати",
    13: "thirteen тринадцать тринадцати",
    14: "fourteen четырнадцать четырнадцати",
    15: "fifteen пятнадцать пятнадцати",
    16: "sixteen шестнадцать шестнадцати",
    17: "seventeen семнадцать семнадцати",
    18: "eighteen восемнадцать восемнадцати",
    19: "nineteen девятнадцать девятнадцати",
    20: "twenty двадцать двадцати жиырма",
    30: "thirty тридцать тридцати отыз",
    40: "forty сорок сорока қырық",
    50: "fifty пятьдесят пятидесяти елу",
    60: "sixty шестьдесят шестидесяти алпыс",
    70: "seventy семьдесят семидесяти жетпіс",
    80: "eighty восемьдесят восьмидесяти сексен",
    90: "ninety девяносто девяноста тоқсан",
    100: "hundred сто ста жүз",
    24: "сутки суток суткам тәулік тәулікте",  # "за сутки" = "in 24 hours"
}
SPELLED_NUMBERS = {w: v for v, words in _SPELLED.items() for w in words.split()}
_SPELLED_ANCHORS = {w: v for w, v in SPELLED_NUMBERS.items() if v >= 13}
_WORD_NOT_HYPHENATED_RE = re.compile(r"\b[^\W\d_]{4,}\b(?!-)")  # "twenty-one" is not 20
# "2,5 тыс.", "3 тысячи", "5 мың", "2.5 thousand": the value in units as a second key.
_THOUSAND_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:тыс|мың|thousand)", re.IGNORECASE)
_ACRONYM_RE = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}(?![\w-])")
_LATIN_TOKEN_RE = re.compile(r"(?<![\w.])[A-Za-z][\w.\-]*[A-Za-z0-9]")
# In Latin text, only tokens with a dot or digit inside, or a capital after a small letter.
_LATIN_MARKED_RE = re.compile(r"(?<![\w.])(?:[A-Za-z][\w\-]*[.\d][\w.\-]*[A-Za-z0-9]|[A-Za-z]?[a-z]+[A-Z][\w.\-]*)")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")


def month_keys(sentence: str, *, need_digit: bool = True) -> set[str]:
    """Months of dates ("12 марта", "March 12", "12.03.2020"), as ``m:1`` … ``m:12``.

    By default only in sentences with a digit: a month without a day or year ("in March")
    is rarer, and the month pattern is the slowest of the anchors.
    """
    if need_digit and _DIGIT_RE.search(sentence) is None:
        return set()
    keys = {f"m:{int(m.group(2))}" for m in _DATE_RE.finditer(sentence) if 1 <= int(m.group(2)) <= 12}
    for m in _MONTH_RE.finditer(sentence):
        group = m.lastgroup or ""
        stem = m.group(group)
        if group == "en" and not stem[0].isupper():
            continue
        stem = stem.lower()
        if stem in _AMBIGUOUS:
            near = sentence[max(0, m.start() - 4) : m.end() + 5]
            if not any(ch.isdigit() for ch in near):
                continue
        keys.add(f"m:{_MONTH_OF[stem]}")
    return keys


def scaled_number_keys(sentence: str) -> set[str]:
    """Thousands written as a word ("2,5 тыс." = 2500), the value in units."""
    out: set[str] = set()
    if _DIGIT_RE.search(sentence) is None:
        return out
    for m in _THOUSAND_RE.finditer(sentence):
        value = float(m.group(1).replace(",", ".")) * 1000
        out.add(f"n:{value:g}" if value < 1e15 else f"n:{int(value)}")
    return out


def acronym_keys(sentence: str) -> set[str]:
    """All-capital words of 2–6 letters, keyed across scripts (ЛДПР = LDPR)."""
    return {"A:" + word_key(m.group()) for m in _ACRONYM_RE.finditer(sentence)}


def latin_token_keys(sentence: str) -> set[str]:
    """Latin tokens of a Cyrillic sentence; in a Latin sentence, the tokens that look like
    them (a dot, a digit or a capital after the first letter: KP.ru, COVID-19, iPhone)."""
    if _CYRILLIC_RE.search(sentence) is not None:
        return {"L:" + m.group().lower() for m in _LATIN_TOKEN_RE.finditer(sentence)}
    return {
        "L:" + m.group().lower()
        for m in _LATIN_MARKED_RE.finditer(sentence)
        if not m.group().isalpha() or not m.group().isupper()
    }


# Clock times: "1 p.m." = "13:00", "4.40 am" = "4:40" (the 24-hour "HH:MM" form below).
_AMPM_RE = re.compile(r"(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?", re.IGNORECASE)
_CLOCK_RE = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
# Imperial quantities, which translators into Russian and Kazakh convert: the number then
# has no twin, and its conversions (see :func:`excused_keys`) may stand on the other side.
_IMPERIAL = {
    "mile": 1.609344,
    "mph": 1.609344,
    "inch": 2.54,
    "foot": 0.3048,
    "feet": 0.3048,
    "ft": 0.3048,
    "yard": 0.9144,
    "pound": 0.45359,
    "lb": 0.45359,
    "ounce": 28.35,
    "oz": 28.35,
    "acre": 0.4047,
    "gallon": 3.785,
    "fahrenheit": 0.0,  # (F - 32) * 5/9, below
    "°f": 0.0,
    "миль": 1.609344,
    "дюйм": 2.54,
    "фут": 0.3048,
    "ярд": 0.9144,
    "фунт": 0.45359,
    "галлон": 3.785,
    "акр": 0.4047,
    "унци": 28.35,
    "фаренгейт": 0.0,
}
_IMPERIAL_RE = re.compile(
    r"(\d+(?:[ \u00a0,.]\d+)*)(?:\s?(?:-|to|–|до)\s?(\d+(?:[.,]\d+)?))?\s?-?(?:square\s|sq\.?\s|cubic\s|квадратн\w*\s)?"
    r"(miles?|mph|inch(?:es)?|feet|foot|ft\b|yards?|pounds?|lbs?\b|ounces?|oz\b|acres?|gallons?|"
    r"(?:degrees?\s)?fahrenheit|°\s?f\b|мил[ьяи]\w*|дюйм\w*|фут\w*|ярд\w*|фунт\w*|галлон\w*|акр\w*|унци\w*|"
    r"(?:градус\w*\s)?(?:по\s)?фаренгейт\w*)",
    re.IGNORECASE,
)


# Small spelled numbers (the larger ones are anchors of their own), on lower-case text.
_SPELLED_RE = re.compile(
    r"\b(?:" + "|".join(sorted((w for w, v in SPELLED_NUMBERS.items() if v < 13), key=len, reverse=True)) + r")\b"
)


def _clock_keys(sentence: str) -> tuple[set[str], str]:
    """Times as ``t:H:MM`` (24-hour), and the sentence with them blanked out."""
    keys: set[str] = set()

    def ampm(m: re.Match[str]) -> str:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour > 12 or minute > 59:
            return m.group()
        hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
        keys.add(f"t:{hour}:{minute:02d}")
        return " "

    def clock(m: re.Match[str]) -> str:
        keys.add(f"t:{int(m.group(1))}:{m.group(2)}")
        return " "

    if ":" in sentence:
        sentence = _CLOCK_RE.sub(clock, sentence)
    if "m" in sentence or "M" in sentence:
        sentence = _AMPM_RE.sub(ampm, sentence)
    return keys, sentence


def _unit_of(word: str) -> float:
    w = word.lower().replace("degrees ", "").replace("degree ", "").replace(" ", "")
    for stem, factor in _IMPERIAL.items():
        if w.startswith(stem) or w.endswith(stem):
            return factor
    return 1.0


def _imperial(sentence: str) -> tuple[set[str], set[str], str]:
    """(``u:`` keys of imperial quantities, their conversions as ``n:`` keys, the sentence
    with the quantities blanked out)."""
    if _DIGIT_RE.search(sentence) is None or _IMPERIAL_RE.search(sentence) is None:
        return set(), set(), sentence
    keys: set[str] = set()
    converted: set[str] = set()

    def one(m: re.Match[str]) -> str:
        factor = _unit_of(m.group(3))
        for raw in (m.group(1), m.group(2)):
            if not raw:
                continue
            for key in number_keys(raw):
                value = float(key[2:])
                keys.add("u:" + key[2:])
                metric = (value - 32) * 5 / 9 if factor == 0.0 else value * factor
                converted.update(_roundings(metric))
        return " "

    return keys, converted, _IMPERIAL_RE.sub(one, sentence)


def _roundings(value: float) -> set[str]:
    """The ways a translator rounds a converted quantity: to a whole number, one decimal,
    or the nearest 5, 10, 50 or 100 (whichever is within a sixth of the value)."""
    out = {f"n:{round(value, 1):g}", f"n:{round(value):d}", f"n:{int(value):d}"}
    for step in (5, 10, 50, 100):
        r = round(value / step) * step
        if r and abs(r - value) <= abs(value) / 6:
            out.add(f"n:{r:d}")
    return out


def excused_keys(sentence: str) -> frozenset[str]:
    """Number keys a translation of ``sentence`` may carry though it does not: imperial
    quantities converted to metric ("550 pounds" ~ "250 кг"), small numbers spelled out
    ("four-year-old" ~ "4-летняя"). They are no evidence for a row, but a number of the
    other side that one of them explains is not counted as missing."""
    _, converted, _ = _imperial(sentence)
    spelled = {f"n:{SPELLED_NUMBERS[w]}" for w in _SPELLED_RE.findall(sentence.lower())}
    return frozenset(converted | spelled)


def _number_anchor_keys(sentence: str) -> set[str]:
    """Numbers, with "2,3 тыс." standing for 2300 only: its bare 2.3 is not a number the
    translation ("2,300") must repeat, and would count against the right row; clock times
    and imperial quantities as keys of their own."""
    if _DIGIT_RE.search(sentence) is None:
        return _plain_number_keys(sentence)
    times, sentence = _clock_keys(sentence)
    units, _, sentence = _imperial(sentence)
    return times | units | _plain_number_keys(sentence)


def _plain_number_keys(sentence: str) -> set[str]:
    spelled = {
        f"n:{_SPELLED_ANCHORS[w]}"
        for w in map(str.lower, _WORD_NOT_HYPHENATED_RE.findall(sentence))
        if w in _SPELLED_ANCHORS
    }
    scaled = scaled_number_keys(sentence)
    if not scaled:
        return number_keys(sentence) | spelled
    bare = set().union(*(number_keys(m.group(1)) for m in _THOUSAND_RE.finditer(sentence)))
    rest = number_keys(_THOUSAND_RE.sub(" ", sentence))
    return (number_keys(sentence) - (bare - rest)) | scaled | spelled


def sentence_anchors(sentences: Sequence[str]) -> list[frozenset[str]]:
    """The anchor key set of every sentence of one text."""
    caps = [_capitalized(s) for s in sentences]
    known = frozenset(latin_key(w) for words in caps for pos, w in words if pos > 0)  # text_name_keys
    return [
        frozenset(
            _number_anchor_keys(s)
            | month_keys(s)
            | name_keys(s, known, words)
            | acronym_keys(s)
            | latin_token_keys(s)
            | punct_keys(s)
        )
        for s, words in zip(sentences, caps, strict=True)
    ]


# Weight of a shared key by type: a shared number is strong evidence, a shared "?" weak.
KEY_WEIGHT = {"n": 1.0, "m": 1.0, "t": 1.0, "u": 1.0, "N": 0.8, "A": 0.8, "L": 0.8, "p": 0.4}
# Kinds whose key left without a twin on the other side of a row is evidence against the
# row: numbers, dates and times are rarely dropped from a sentence that is translated
# (imperial quantities, ``u:``, are converted, so theirs are not missed).
STRONG_KINDS = frozenset("nmt")


def weighted_size(keys: frozenset[str]) -> float:
    """Sum of the key weights of a set."""
    return sum(KEY_WEIGHT[k[0]] for k in keys)


def latin_key_full(word: str) -> str:
    """Whole-word transliteration to Latin (lower case), vowels kept, for cognate overlap."""
    return _latinize(word)
