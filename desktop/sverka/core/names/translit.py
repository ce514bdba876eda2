"""Cyrillic → Latin transliteration for Kazakh, Russian and the region's other Cyrillic alphabets.

``transliterate`` ships a Russian pack only: the Kazakh letters ә ғ қ ң ө ұ ү һ і pass
through it unchanged ("Жаңаөзен" → "Zhaңaөzen"), so a key built on it cannot meet the
Latin spelling. We register a Kazakh pack (``kk``) that follows the 2021 Kazakh Latin
alphabet and also covers the Russian-only letters (ё, ц, щ, ъ, ь, э, ю, я), so one pack
romanizes both languages; the letters of Ukrainian, Belarusian, Kyrgyz, Tatar, Bashkir, Tajik,
Mongolian, Serbian and Macedonian are added too (``_REGION``). Its ``translit()`` helper
builds the pack's tables on every call (~10× slower), so we keep one pack instance and call
its bound method.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import ClassVar

from transliterate.base import TranslitLanguagePack, registry
from transliterate.utils import ensure_autodiscover, get_translit_function

KAZAKH_CODE = "kk"

# One Latin letter per Cyrillic letter, both ways (the pack's forward direction is
# Latin → Cyrillic; we only use the reverse one). 2021 alphabet: і → ı, и/й → i.
_LATIN = "abvgdejzklmnoprstufhyäğqñöūüıçşiABVGDEJZKLMNOPRSTUFHYÄĞQÑÖŪÜIÇŞİ"
_CYRILLIC = "абвгдежзклмнопрстуфхыәғқңөұүічшиАБВГДЕЖЗКЛМНОПРСТУФХЫӘҒҚҢӨҰҮІЧШИ"


# The letters of the region's other Cyrillic alphabets, romanized the way their names are
# spelt in English news: Ukrainian/Belarusian ї є ґ ў (Київ -> Kiiv, key "kiv" = Kyiv),
# Kyrgyz/Mongolian ө ү (already Kazakh), Tatar җ, Bashkir ҙ ҫ ҡ, Tajik ӣ ӯ ҳ ҷ, Serbian and
# Macedonian ј љ њ ћ ђ џ ѓ ќ ѕ.
_REGION_LOWER = {
    "ї": "i",
    "є": "ie",
    "ґ": "g",
    "ў": "u",
    "җ": "j",
    "ҙ": "z",
    "ҫ": "s",
    "ҡ": "q",
    "ӣ": "i",
    "ӯ": "u",
    "ҳ": "h",
    "ҷ": "j",
    "ј": "j",
    "љ": "lj",
    "њ": "nj",
    "ћ": "ç",
    "ђ": "dj",
    "џ": "dj",
    "ѓ": "g",
    "ќ": "k",
    "ѕ": "dz",
}
_REGION = {**_REGION_LOWER, **{k.upper(): v.capitalize() for k, v in _REGION_LOWER.items()}}


class KazakhLanguagePack(TranslitLanguagePack):
    """Kazakh (and Russian) Cyrillic to the 2021 Kazakh Latin alphabet."""

    language_code = KAZAKH_CODE
    language_name = "Kazakh"
    character_ranges = ((0x0400, 0x04FF), (0x0500, 0x052F))
    mapping = (_LATIN, _CYRILLIC)
    # Letters that share a Latin letter with another one: reverse direction only.
    reversed_specific_mapping = ("йЙһҺэЭ", "iİhHeE")
    # Russian-only letters that need two Latin letters or none.
    reversed_specific_pre_processor_mapping: ClassVar[dict[str, str]] = {
        "ё": "io",
        "Ё": "İo",
        "ю": "iu",
        "Ю": "İu",
        "я": "ia",
        "Я": "İa",
        "ц": "ts",
        "Ц": "Ts",
        "щ": "şş",
        "Щ": "Şş",
        "ъ": "",
        "Ъ": "",
        "ь": "",
        "Ь": "",
        **_REGION,
    }
    detectable = False


@lru_cache(maxsize=1)
def _kazakh_function() -> Callable[..., str]:
    # Autodiscover first: the registry only discovers the bundled packs while it is
    # empty, so registering ours first would hide the Russian one from other callers.
    ensure_autodiscover()
    registry.register(KazakhLanguagePack)
    fn: Callable[..., str] = get_translit_function(KAZAKH_CODE)
    return fn


@lru_cache(maxsize=1)
def _latin_table() -> dict[int, str]:
    """The pack's reverse direction as one ``str.translate`` table.

    The pack maps one letter at a time in three steps (a translate, ~60 ``str.replace``
    calls, a translate) whose outputs are Latin, never a later step's input, so the three
    compose into one table of each letter's romanization: one C-level pass instead of the
    replace loop, which was most of the cost of keying a word never seen before.
    """
    fn = _kazakh_function()
    pack = fn.__self__  # type: ignore[attr-defined]  # a bound method of the pack
    letters = {chr(k) for k in pack.reversed_specific_translation_table}
    letters.update(pack.reversed_specific_pre_processor_mapping)
    letters.update(chr(k) for k in pack.reversed_translation_table)
    return {ord(ch): fn(ch, reversed=True) for ch in letters}


def to_latin(text: str) -> str:
    """Romanize Kazakh or Russian Cyrillic in ``text`` (2021 Kazakh Latin); Latin stays."""
    return text.translate(_latin_table())


def to_latin_by_pack(text: str) -> str:
    """:func:`to_latin` through the transliteration pack itself (the reference it equals)."""
    return _kazakh_function()(text, reversed=True)
