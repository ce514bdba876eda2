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
    # Sources: the usual abbreviations of each language's news style (street, title, "that
    # is", month names); unknown ones still fall under the generic rules of the segmenter.
    "uk": _words(
        """
        вул пров просп пл бул м с смт ім див напр проф акад доц ген п т.зв т.ч
        січ лют бер квіт трав черв лип серп вер жовт лист груд
        """
    ),
    "be": _words(
        """
        вул пр-т пл г в ім гл напр праф акад дац ген сп т.зв
        """
    ),
    "bg": _words(
        """
        ул бул пл гр с г-н г-жа д-р проф акад доц ген ген-лейт т.е т.нар напр вж
        """
    ),
    "mk": _words(
        """
        ул бул гр с г-дин г-ѓа д-р проф акад доц т.е т.н на пр
        """
    ),
    "sr": _words(
        """
        ул бул гр г гђа гђица др проф акад доц ген тј нпр бр
        """
    ),
    "ky": _words("көч ш пр б.а"),
    "tt": _words("ур ш пр"),
    "ba": _words("ур ҡ пр"),
    "tg": _words("к ш н ноҳ"),
    "mn": _words("х д гудамж"),
    "de": _words(
        """
        hr fr dr prof st nr str z.b u.a d.h bzw ca evtl ggf inkl vgl sog gen jan feb
        """
    ),
    "fr": _words("m mm mme mmes mlle dr pr me st ste av bd boul cf env p.ex"),
    "es": _words("sr sra srta sres dr dra d dña ud uds av avda c/ pza p.ej aprox ee.uu"),
    "it": _words("sig sigg sig.ra dott dott.ssa prof avv ing on s sen p.es"),
    "pl": _words("ul al pl os ok np tzn tj m.in prof dr hab mgr inż ks św gen płk por kpt"),
    "cs": _words("ul nám tzv tj např prof dr ing mgr mudr judr phdr sv gen plk pplk p"),
    "tr": _words("prof doç dr yrd av sn mah cad sok bkz örn"),
    "az": _words("küç prof dos akad"),
    "uz": _words("koʻch ko'ch prof dots akad"),
    "tk": _words("köç prof akad"),
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
    "uk": _words("тис млн млрд трлн грн коп км кг га т.д т.п і.т.д обл р-н хв"),
    "be": _words("тыс млн млрд руб км кг т.д т.п і.г.д вобл р-н"),
    "bg": _words("хил млн млрд лв км кг т.н и.т.н обл др"),
    "mk": _words("илј мил млрд ден км кг итн"),
    "sr": _words("хиљ мил млрд дин км кг итд итсл"),
    "ky": _words("ж.б млн млрд сом км кг"),
    "tt": _words("һ.б млн млрд сум км кг"),
    "ba": _words("һ.б млн млрд һум км кг"),
    "tg": _words("ва ғ ғ млн млрд сом км кг"),
    "mn": _words("г.м мян сая тэрбум төг км кг"),
    "de": _words("usw etc mio mrd jh tsd"),
    "fr": _words("etc"),
    "es": _words("etc"),
    "it": _words("ecc"),
    "pl": _words("itd itp mln mld tys zł"),
    "cs": _words("atd apod mil mld tis kč"),
    "tr": _words("vb vs mln mlr"),
    "az": _words("və.s mln mlrd man"),
    "uz": _words("h.k mln mlrd soʻm so'm"),
    "tk": _words("ş.m mln mlrd man"),
}

# Abbreviations that qualify a following number ("No. 5", "ст. 12", "p. 3") but are ordinary
# words or sentence ends otherwise ("He said no. The …").
NUMERIC_PREFIX: frozenset[str] = _words("no nos vol pp p fig ch art sec para ст стр ч гл п пп рис табл б бет")

# Abbreviations that mean "year" ("2022 г.", "2022 ж.") or "city" ("г. Алматы") depending on
# whether a number stands before them; after a number they may end a sentence.
YEAR_LIKE: frozenset[str] = frozenset({"г", "ж", "гг", "жж"})
# The same for the other languages ("2022 р.", "2022 r.", "2022-nji ý."): only in their lists,
# since "р." is also "река" in Russian.
_YEAR_LIKE: dict[str, frozenset[str]] = {
    "uk": _words("р рр м"),
    "be": _words("г гг"),
    "bg": _words("г гр"),
    "mk": _words("г"),
    "sr": _words("г"),
    "ky": _words("ж ш"),
    "tt": _words("е"),
    "ba": _words("й"),
    "tg": _words("с"),
    "mn": _words("он"),
    "pl": _words("r"),
    "cs": _words("r"),
    "uz": _words("y"),
    "tk": _words("ý"),
}


@cache
def year_like(lang: str) -> frozenset[str]:
    """Abbreviations meaning "year" (after a number) or "city"/"river" (before a name)."""
    if lang in _YEAR_LIKE:
        return YEAR_LIKE | _YEAR_LIKE[lang]
    return YEAR_LIKE


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
    # An unknown language gets the lists of the project's first languages (Russian, English,
    # Kazakh): a missed split is cheaper than a wrong one, and a French "m" or Polish "ok"
    # has no business in a Dutch text.
    merged: frozenset[str] = frozenset()
    for code in ("en", "ru", "kk"):
        merged |= table.get(code, frozenset())
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
