"""Case forms of names: Russian endings (on Cyrillic words) and Kazakh suffixes (on keys).

We *generate* the forms of known nominatives instead of stemming surfaces, because
stemming cannot tell "Назарбаева" (her nominative) from "Назарбаев+а" (his genitive);
generation keeps both readings and lets the caller choose with the first name or the
context. Russian forms are only produced for Cyrillic words (English does not inflect);
Kazakh suffixes are appended to keys, so one list serves Cyrillic ("Тоқаевтың") and the
2021 Latin alphabet ("Toqaevtyñ") alike.
"""

from __future__ import annotations

from sverka.core.names.keys import skeleton, word_key

# Reading tags.
EXACT = "exact"
RU = "ru"  # a Russian case form
RU_AMBIGUOUS = "ru?"  # -ов/-ин surname + а/у: also the feminine nominative/accusative
KK = "kk"  # a Kazakh case suffix

_HUSHING = set("гкхжшчщц")
_MASC_SURNAME = ("ов", "ев", "ёв", "ин", "ын")
_FEM_SURNAME = ("ова", "ева", "ёва", "ина", "ына")


def russian_forms(word: str) -> list[tuple[str, str]]:
    """Oblique case forms of a Russian (or Russified) nominative word, with a tag.

    Over-generation is harmless here (we only look forms up), so each paradigm lists
    the spelling variants of its endings rather than choosing by stress.
    """
    w = word.lower()
    if len(w) < 2 or not any("а" <= ch <= "я" or ch == "ё" for ch in w):
        return []
    if w.endswith(_MASC_SURNAME):
        return [(w + "а", RU_AMBIGUOUS), (w + "у", RU_AMBIGUOUS), (w + "ым", RU), (w + "е", RU),
                (w + "ом", RU)]
    if w.endswith(_FEM_SURNAME):
        return [(w[:-1] + "ой", RU), (w[:-1] + "у", RU)]
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
        return []
    else:  # consonant: Нур-Султан, Шымкент, Касым
        stem = w
        endings = ("а", "у", "ом", "ем", "е", "ым")
    return [(stem + e, RU) for e in endings]


# Kazakh case suffixes as keys (harmony pairs collapse: -ның/-нің → "nin"). The bare
# -а/-е/-н after a possessive are left out: "Тоқаев"+"а" would read as "Тоқаева".
_KK_SUFFIXES = (
    "nin", "din", "tin",  # genitive
    "ga", "ge", "ka", "ke",  # dative
    "ni", "di", "ti",  # accusative
    "da", "de", "ta", "te",  # locative
    "dan", "den", "tan", "ten", "nan", "nen",  # ablative
    "men", "ben", "pen",  # instrumental
    "dagi", "degi", "tagi", "tegi",  # "the one in …"
)
# After the possessive -ы/-і ("Алматы облысы"): -на, -нда, -ндағы, -нан.
_KK_POSSESSIVE_SUFFIXES = ("na", "ne", "nda", "nde", "ndan", "nden", "ndagi", "ndegi")


def kazakh_keys(key: str) -> list[str]:
    """Keys of the Kazakh case forms of a word whose key is ``key``."""
    suffixes = _KK_SUFFIXES + (_KK_POSSESSIVE_SUFFIXES if key.endswith("i") else ())
    return [skeleton(key + s) for s in suffixes]


def form_keys(word: str) -> list[tuple[str, str]]:
    """All (key, tag) readings of the case forms of the nominative ``word`` (any script)."""
    key = word_key(word)
    if not key:
        return []
    out = [(word_key(form), tag) for form, tag in russian_forms(word)]
    out.extend((k, KK) for k in kazakh_keys(key))
    return [(k, tag) for k, tag in out if k and k != key]
