"""Abbreviation and sentence-starter lists for the sentence segmenter.

Every abbreviation is stored lower-case, without its final full stop, and with inner spaces
removed ("т. е." is looked up as "т.е"). Two kinds matter to a segmenter:

* ``PREFIX`` abbreviations stand before the word they qualify ("Mr. Smith", "ул. Абая",
  "ок. 500", "т.е. Токаев"); a full stop after them never ends a sentence.
* ``FINAL`` abbreviations often stand at the end of a clause ("225 чел.", "и т.д.", "Inc.");
  a full stop after them ends the sentence when a capital letter follows, not otherwise.

Lists are per language, but lookups use the union of the text's language and English (English
abbreviations such as "U.S." turn up in Russian and Kazakh news too).
"""

from __future__ import annotations

from functools import cache


def _words(block: str) -> frozenset[str]:
    """A whitespace-separated word list, written as a block so the lists stay readable."""
    return frozenset(block.split())


_PREFIX: dict[str, frozenset[str]] = {
    "en": _words(
        """
        mr mrs ms mx dr prof st mt ft gen lt col maj capt sgt cpl adm cmdr gov sen rep rev hon
        pres supt insp det vs v cf e.g i.e approx est
        jan feb mar apr jun jul aug sep sept oct nov dec
        """
    ),
    "ru": _words(
        """
        г гр гражд ул пр просп пер пл наб ш бул б-р д им ок ориг т.е т.ч т.н т.к т.о
        см ср напр проф акад доц ген полк подп генерал-лейт св тов г-н г-жа
        с пос дер р оз о
        янв фев февр мар апр авг сент окт нояб дек
        """
    ),
    "kk": _words(
        """
        қ ж т.с ауд көш даң
        қаң ақп нау сәу мам мау шіл там қыр қаз қар жел
        """
    ),
}

_FINAL: dict[str, frozenset[str]] = {
    "en": _words(
        """
        etc inc ltd co corp jr sr bros plc llc al a.m p.m km kg mln bln
        """
    ),
    "ru": _words(
        """
        чел тыс млн млрд трлн руб коп долл тг тнг км кв га кг т.д т.п т.б
        гг вв др обл р-н мкр мин сек
        """
    ),
    "kk": _words(
        """
        т.б т.с.с млн млрд мың теңге жж
        """
    ),
}

# Abbreviations that qualify a following number ("No. 5", "ст. 12", "p. 3") but are ordinary
# words or sentence ends otherwise ("He said no. The …").
NUMERIC_PREFIX: frozenset[str] = _words("no nos vol pp p fig ch art sec para ст стр ч гл п пп рис табл б бет")

# Abbreviations that mean "year" ("2022 г.", "2022 ж.") or "city" ("г. Алматы") depending on
# whether a number stands before them; after a number they may end a sentence.
YEAR_LIKE: frozenset[str] = frozenset({"г", "ж", "гг", "жж"})

# Words that begin a new sentence even after an initial or an acronym: "… in the U.S. The
# president …". Only used after dotted capitals, where a name would otherwise follow.
_STARTERS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        The A An This That These Those It Its He She They We I You His Her Their Our There
        In On At But And However Meanwhile According After Before Earlier Later Also Some Many
        Most When While As If Since Despite Officials Police
        """
    ),
    "ru": _words(
        """
        В На По Но Он Она Они Оно Мы Я Это Этот Эта Как При Также Однако После До Для Так
        Кроме Ранее Позже Тем Сейчас Там Тогда Затем Из За Об О По Согласно Между
        """
    ),
    "kk": _words(
        """
        Ол Олар Бұл Бірақ Сондай-ақ Алайда Осы Мұнда Сол Содан Кейін Біз Мен
        """
    ),
}


def _union(table: dict[str, frozenset[str]], lang: str) -> frozenset[str]:
    if lang in table:
        return table[lang] | table["en"]
    # An unknown language gets every list: a missed split is cheaper than a wrong one.
    merged: frozenset[str] = frozenset()
    for words in table.values():
        merged |= words
    return merged


@cache
def prefix_abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations that never end a sentence, for ``lang`` (ISO 639-1) plus English."""
    return _union(_PREFIX, lang)


@cache
def final_abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations that may end a sentence before a capital letter, for ``lang`` plus English."""
    return _union(_FINAL, lang)


@cache
def sentence_starters(lang: str) -> frozenset[str]:
    """Capitalised function words that start a sentence even after an initial or acronym."""
    return _union(_STARTERS, lang)
