"""Case forms of names: Russian endings (on Cyrillic words) and Kazakh suffixes (on keys).

We *generate* the forms of known nominatives instead of stemming surfaces, because
stemming cannot tell "Назарбаева" (her nominative) from "Назарбаев+а" (his genitive);
generation keeps both readings and lets the caller choose with the first name or the
context. Russian forms are only produced for Cyrillic words (English does not inflect);
Kazakh suffixes are appended to keys, so one list serves Cyrillic ("Тоқаевтың") and the
2021 Latin alphabet ("Toqaevtyñ") alike.
"""

from __future__ import annotations

from functools import lru_cache

from sverka.core.names.keys import fold, skeleton, word_key
from sverka.core.names.translit import to_latin

# Reading tags.
EXACT = "exact"
RU = "ru"  # a Russian case form
RU_AMBIGUOUS = "ru?"  # -ов/-ин surname + а/у: also the feminine nominative/accusative
KK = "kk"  # a Kazakh case suffix

_HUSHING = set("гкхжшчщц")
_MASC_SURNAME = ("ов", "ев", "ёв", "ин", "ын")
_FEM_SURNAME = ("ова", "ева", "ёва", "ина", "ына")


def _paradigm(word: str) -> tuple[str, list[tuple[str, str]]]:
    """(stem, [(ending, tag)]) of the oblique forms of a Russian nominative word."""
    w = word.lower()
    if len(w) < 2 or not any("а" <= ch <= "я" or ch == "ё" for ch in w):
        return w, []
    if w.endswith(_MASC_SURNAME):
        return w, [("а", RU_AMBIGUOUS), ("у", RU_AMBIGUOUS), ("ым", RU), ("е", RU), ("ом", RU)]
    if w.endswith(_FEM_SURNAME):
        return w[:-1], [("ой", RU), ("у", RU)]
    stem, last = w[:-1], w[-1]
    endings: tuple[str, ...]
    if w.endswith("ая"):  # Алматинская (область)
        stem, endings = w[:-2], ("ой", "ую", "ою")
    elif w.endswith(("ий", "ый", "ой")):  # Казахский (район), Западно-...
        stem, endings = w[:-2], ("ого", "ому", "им", "ым", "ом", "ий")
    elif w.endswith("ое"):
        stem, endings = w[:-2], ("ого", "ому", "ым", "ом")
    elif last == "а":  # Астана, Алма-Ата, Караганда, Дарига
        gen = "и" if stem[-1:] in _HUSHING else "ы"
        endings = (gen, "е", "у", "ой", "ою", "ей")
    elif last == "я":  # Россия, Евразия
        endings = ("и", "е", "ю", "ей", "ею", "ии")
    elif last == "й":  # Семей, Костанай
        endings = ("я", "ю", "ем", "ём", "е")
    elif last == "ь":  # область, Кремль
        endings = ("и", "ью", "я", "ю", "ем", "ём", "е")
    elif last in "аеёиоуыэюяъ":  # Алматы, Актау, Актобе: indeclinable
        return w, []
    else:  # consonant: Нур-Султан, Шымкент, Касым
        stem = w
        endings = ("а", "у", "ом", "ем", "е", "ым")
    return stem, [(e, RU) for e in endings]


def russian_forms(word: str) -> list[tuple[str, str]]:
    """Oblique case forms of a Russian (or Russified) nominative word, with a tag.

    Over-generation is harmless here (we only look forms up), so each paradigm lists
    the spelling variants of its endings rather than choosing by stress.
    """
    stem, endings = _paradigm(word)
    return [(stem + e, tag) for e, tag in endings]


# Kazakh case suffixes as keys (harmony pairs collapse: -ның/-нің → "nin"). The bare
# -а/-е/-н after a possessive are left out: "Тоқаев"+"а" would read as "Тоқаева".
_KK_SUFFIXES = (
    "nin",
    "din",
    "tin",  # genitive
    "ga",
    "ge",
    "ka",
    "ke",  # dative
    "ni",
    "di",
    "ti",  # accusative
    "da",
    "de",
    "ta",
    "te",  # locative
    "dan",
    "den",
    "tan",
    "ten",
    "nan",
    "nen",  # ablative
    "men",
    "ben",
    "pen",  # instrumental
    "dagi",
    "degi",
    "tagi",
    "tegi",  # "the one in …"
)
# After the possessive -ы/-і ("Алматы облысы"): -на, -нда, -ндағы, -нан.
_KK_POSSESSIVE_SUFFIXES = ("na", "ne", "nda", "nde", "ndan", "nden", "ndagi", "ndegi")


_SUFFIX_INITIALS = frozenset(s[0] for s in _KK_SUFFIXES + _KK_POSSESSIVE_SUFFIXES) | {"c"}


def kazakh_keys(key: str) -> list[str]:
    """Keys of the Kazakh case forms of a word whose key is ``key``."""
    suffixes = _KK_SUFFIXES + (_KK_POSSESSIVE_SUFFIXES if key.endswith("i") else ())
    # Suffix keys are already skeletons, so only the junction can change: a doubled
    # letter ("Қазақстан"+"ның") or c+k (ч+қ). Skipping skeleton() elsewhere is 10x faster.
    if key[-1:] not in _SUFFIX_INITIALS:  # nothing can fuse at the junction
        return [key + s for s in suffixes]
    out = []
    for s in suffixes:
        if key.endswith("c") and s.startswith("k"):
            out.append(skeleton(key + s))
        elif key.endswith(s[0]):
            out.append(key + s[1:])
        else:
            out.append(key + s)
    return out


@lru_cache(maxsize=64)
def _latin_ending(ending: str) -> str:
    return fold(to_latin(ending))


def form_keys(word: str) -> list[tuple[str, str]]:
    """All (key, tag) readings of the case forms of the nominative ``word`` (any script)."""
    key = word_key(word)
    if not key:
        return []
    stem, endings = _paradigm(word)
    out: list[tuple[str, str]] = []
    if endings:
        # Romanization is letter by letter, so the stem is romanized once, not per form.
        latin_stem = fold(to_latin(stem))
        out = [(skeleton(latin_stem + _latin_ending(e)), tag) for e, tag in endings]
    out.extend((k, KK) for k in kazakh_keys(key))
    return [(k, tag) for k, tag in out if k and k != key]
