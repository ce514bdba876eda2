"""The languages Sverka knows: ISO 639-1 codes and their names in English and Russian.

Every code the language detector can answer is here, so the UI can show "Kyrgyz" /
"киргизский" instead of "ky" (exports keep the codes). Qt-free on purpose: the UI picks the
column of its own interface language with :func:`language_name`.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "LANGUAGE_NAMES",
    "SUPPORTED_LANGUAGES",
    "LanguageListError",
    "canonical_code",
    "language_name",
    "parse_languages",
]

# code -> (English, Russian). Order: the region's news languages first, then alphabetical.
LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    "en": ("English", "английский"),
    "ru": ("Russian", "русский"),
    "kk": ("Kazakh", "казахский"),
    "ky": ("Kyrgyz", "киргизский"),
    "uz": ("Uzbek", "узбекский"),
    "tg": ("Tajik", "таджикский"),
    "tk": ("Turkmen", "туркменский"),
    "az": ("Azerbaijani", "азербайджанский"),
    "tt": ("Tatar", "татарский"),
    "ba": ("Bashkir", "башкирский"),
    "mn": ("Mongolian", "монгольский"),
    "uk": ("Ukrainian", "украинский"),
    "be": ("Belarusian", "белорусский"),
    "sr": ("Serbian", "сербский"),
    "hy": ("Armenian", "армянский"),
    "ka": ("Georgian", "грузинский"),
    "af": ("Afrikaans", "африкаанс"),
    "ar": ("Arabic", "арабский"),
    "bg": ("Bulgarian", "болгарский"),
    "bn": ("Bengali", "бенгальский"),
    "ca": ("Catalan", "каталанский"),
    "cs": ("Czech", "чешский"),
    "cy": ("Welsh", "валлийский"),
    "da": ("Danish", "датский"),
    "de": ("German", "немецкий"),
    "el": ("Greek", "греческий"),
    "es": ("Spanish", "испанский"),
    "et": ("Estonian", "эстонский"),
    "fa": ("Persian", "персидский"),
    "fi": ("Finnish", "финский"),
    "fr": ("French", "французский"),
    "gu": ("Gujarati", "гуджарати"),
    "he": ("Hebrew", "иврит"),
    "hi": ("Hindi", "хинди"),
    "hr": ("Croatian", "хорватский"),
    "hu": ("Hungarian", "венгерский"),
    "id": ("Indonesian", "индонезийский"),
    "it": ("Italian", "итальянский"),
    "ja": ("Japanese", "японский"),
    "kn": ("Kannada", "каннада"),
    "ko": ("Korean", "корейский"),
    "lt": ("Lithuanian", "литовский"),
    "lv": ("Latvian", "латышский"),
    "mk": ("Macedonian", "македонский"),
    "ml": ("Malayalam", "малаялам"),
    "mr": ("Marathi", "маратхи"),
    "ne": ("Nepali", "непальский"),
    "nl": ("Dutch", "нидерландский"),
    "no": ("Norwegian", "норвежский"),
    "pa": ("Punjabi", "панджаби"),
    "pl": ("Polish", "польский"),
    "pt": ("Portuguese", "португальский"),
    "ro": ("Romanian", "румынский"),
    "sk": ("Slovak", "словацкий"),
    "sl": ("Slovenian", "словенский"),
    "so": ("Somali", "сомалийский"),
    "sq": ("Albanian", "албанский"),
    "sv": ("Swedish", "шведский"),
    "sw": ("Swahili", "суахили"),
    "ta": ("Tamil", "тамильский"),
    "te": ("Telugu", "телугу"),
    "th": ("Thai", "тайский"),
    "tl": ("Tagalog", "тагальский"),
    "tr": ("Turkish", "турецкий"),
    "ur": ("Urdu", "урду"),
    "vi": ("Vietnamese", "вьетнамский"),
    "zh": ("Chinese", "китайский"),
}

SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)

# The region's news languages (issue 11): their profiles are built from, or merged with, news
# text (resources/langid/manifest.json). The other profiles are langdetect's Wikipedia
# abstracts only; the detector gives those languages a small prior penalty
# (langid.OTHER_PRIOR).
NEWS_LANGUAGES: frozenset[str] = frozenset(
    [
        "ru",
        "uk",
        "be",
        "bg",
        "mk",
        "sr",
        "kk",
        "ky",
        "tt",
        "ba",
        "tg",
        "mn",
        "en",
        "de",
        "fr",
        "es",
        "it",
        "pl",
        "cs",
        "tr",
        "az",
        "uz",
        "tk",
        "ar",
        "zh",
    ]
)

# Spellings other tools use for a supported code (langdetect's Chinese, ISO 639-2/3 codes of
# the NTREX file names, the old ISO code of Hebrew).
_ALIASES = {
    "zh-cn": "zh",
    "zh-tw": "zh",
    "zh-hans": "zh",
    "zh-hant": "zh",
    "iw": "he",
    "eng": "en",
    "rus": "ru",
    "kaz": "kk",
    "kir": "ky",
    "uzb": "uz",
    "tgk": "tg",
    "tuk": "tk",
    "aze": "az",
    "tat": "tt",
    "bak": "ba",
    "mon": "mn",
    "ukr": "uk",
    "bel": "be",
    "srp": "sr",
}


class LanguageListError(ValueError):
    """A language list names a code Sverka does not know; the message names it."""


def canonical_code(code: str) -> str | None:
    """The supported ISO 639-1 code for ``code`` (case, region and aliases aside), or None."""
    low = code.strip().lower().replace("_", "-")
    if low in LANGUAGE_NAMES:
        return low
    if low in _ALIASES:
        return _ALIASES[low]
    base = low.split("-", 1)[0]  # "en-GB", "sr-Cyrl", "az-Latn"
    if base in LANGUAGE_NAMES:
        return base
    return _ALIASES.get(base)


def parse_languages(spec: str | Iterable[str]) -> tuple[str, ...]:
    """``"ru,en,kk"`` (or an iterable of codes) as canonical codes, order kept, no repeats.

    Raises LanguageListError naming the first unknown code; an empty list is refused too
    (no restriction is spelled by not giving one).
    """
    items = spec.replace(";", ",").replace(" ", ",").split(",") if isinstance(spec, str) else list(spec)
    out: list[str] = []
    for raw in items:
        if not raw.strip():
            continue
        code = canonical_code(raw)
        if code is None:
            raise LanguageListError(f"unknown language code {raw.strip()!r} (use ISO 639-1 codes such as ru, en, kk)")
        if code not in out:
            out.append(code)
    if not out:
        raise LanguageListError("the language list is empty")
    return tuple(out)


def language_name(code: str, ui_language: str = "en") -> str:
    """The name of ``code`` in English or (``ui_language="ru"``) Russian; the code if unknown."""
    canon = canonical_code(code)
    if canon is None:
        return code
    english, russian = LANGUAGE_NAMES[canon]
    return russian if ui_language.lower().startswith("ru") else english
