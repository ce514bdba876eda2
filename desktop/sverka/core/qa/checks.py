"""Translation QA checks on one aligned row (Xbench / Verifika style), pure Python.

:func:`check_row` takes the original and translated sentences of one alignment row and
returns :class:`RowFinding` s of these kinds:

- ``omission`` / ``addition``: a sentence with no counterpart (a 1-0 / 0-1 row);
- ``number``: numbers or months that differ (see :mod:`sverka.core.qa.numbers`);
- ``name``: a name whose entity is missing on the other side, or a different one there;
- ``untranslated``: the translation repeats or transliterates the original;
- ``length``: a length ratio far outside the language pair's fitted model;
- ``punctuation``: quotes or brackets balanced on one side but not on the other.

A finding points at a span of one sentence of the row (``side``, ``index`` into that
side's sentences, ``start``:``end``), which is what an MQM issue needs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sverka.core.align_anchors import latin_key
from sverka.core.align_model import LengthModel, length_model
from sverka.core.names.keys import is_cyrillic, word_key
from sverka.core.qa.numbers import Number, compare_numbers

KINDS = ("omission", "addition", "number", "name", "untranslated", "length", "punctuation")
LENGTH_Z = 3.5  # |z| of the length model beyond which a row's length ratio is an outlier
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("«", "»"))
_QUOTES = frozenset('"«»“”„')
_WORD_RE = re.compile(r"[^\W\d_]+")
_CYR_RE = re.compile(r"[\u0400-\u04ff]")
_LAT_RE = re.compile(r"[A-Za-z]")
_CYRILLIC_LANGS = frozenset({"ru", "kk", "uk", "be", "bg", "sr", "mk", "ky", "tt", "ba", "tg", "mn"})


@dataclass(frozen=True, slots=True)
class Name:
    """A name mention: ``key`` says which entity (a project entity id, a gazetteer id, or a
    spelling key); ``start``:``end`` is its place in its sentence."""

    surface: str
    key: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RowFinding:
    """One QA finding on a row; the span is in ``side``'s sentence number ``index``."""

    kind: str
    detail: str
    side: str  # "original" | "translation"
    index: int = 0
    start: int = 0
    end: int = 0
    severity: str = "minor"


@dataclass(frozen=True)
class Row:
    """The sentences of one alignment row and what the checks need to know about them."""

    original: Sequence[str]
    translation: Sequence[str]
    src_lang: str
    tgt_lang: str
    # Names per sentence of each side; None: find them with the gazetteer.
    original_names: Sequence[Sequence[Name]] | None = None
    translation_names: Sequence[Sequence[Name]] | None = None
    model: LengthModel | None = field(default=None)


def _locate(sentences: Sequence[str], offset: int) -> tuple[int, int]:
    """(sentence index, offset in it) of an offset into the sentences joined by spaces."""
    for k, s in enumerate(sentences):
        if offset <= len(s):
            return k, offset
        offset -= len(s) + 1
    return max(len(sentences) - 1, 0), 0


def check_omission(row: Row) -> list[RowFinding]:
    """A 1-0 row is an omission, a 0-1 row an addition."""
    if row.original and not row.translation:
        text = " ".join(row.original)
        return [
            RowFinding("omission", f"not translated: {_clip(text)}", "original", 0, 0, len(row.original[0]), "major")
        ]
    if row.translation and not row.original:
        text = " ".join(row.translation)
        return [
            RowFinding(
                "addition", f"not in the original: {_clip(text)}", "translation", 0, 0, len(row.translation[0]), "major"
            )
        ]
    return []


def _clip(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _listing(nums: Sequence[Number]) -> str:
    return ", ".join(n.text for n in nums)


def check_numbers(row: Row) -> list[RowFinding]:
    """Numbers and months that differ between the two sides of a row."""
    src, tgt = " ".join(row.original), " ".join(row.translation)
    diff = compare_numbers(src, tgt, row.src_lang, row.tgt_lang)
    if not diff:
        return []
    parts = []
    if diff.original:
        parts.append(f"original has {_listing(diff.original)}")
    if diff.translation:
        parts.append(f"translation has {_listing(diff.translation)}")
    for side, months in zip(("original", "translation"), diff.months, strict=True):
        if months:
            parts.append(f"{side} names month {', '.join(sorted(m[2:] for m in months))}")
    if diff.translation:
        k, start = _locate(row.translation, diff.translation[0].start)
        end = start + diff.translation[0].end - diff.translation[0].start
        return [RowFinding("number", "; ".join(parts), "translation", k, start, end, "major")]
    if diff.original:
        k, start = _locate(row.original, diff.original[0].start)
        end = start + diff.original[0].end - diff.original[0].start
        return [RowFinding("number", "; ".join(parts), "original", k, start, end, "major")]
    return [RowFinding("number", "; ".join(parts), "translation", 0, 0, 0, "minor")]


def _names(sentences: Sequence[str], given: Sequence[Sequence[Name]] | None, lang: str) -> list[tuple[int, Name]]:
    if given is not None:
        return [(k, n) for k, names in enumerate(given) for n in names]
    from sverka.core.names.matcher import find_mentions  # the gazetteer loads on first use

    out = []
    for k, s in enumerate(sentences):
        for m in find_mentions(s, lang):
            out.append((k, Name(m.surface, m.entity_key or "~" + _loose_key(m.surface), m.start, m.end)))
    return out


def _loose_key(surface: str) -> str:
    words = _WORD_RE.findall(surface)
    return " ".join(sorted(latin_key(w) for w in words if w[:1].isupper())) if words else ""


def _capital_keys(sentences: Sequence[str]) -> set[str]:
    """Keys of the capitalized words, and of long lower-case ones: Russian writes some names
    in lower case ("в мажилисе" = "in the Mazhilis"); a long key is too specific to meet a
    name by chance (three consonants of a word of six letters or more)."""
    out = set()
    for s in sentences:
        for w in _WORD_RE.findall(s):
            key = latin_key(w)
            if w[:1].isupper() or (len(w) >= 6 and len(key) >= 3):
                out.add(key)
    return out


def check_names(row: Row) -> list[RowFinding]:
    """Names whose entity is missing on the other side (or replaced by another entity).

    Entities are compared by key, so Алматы / Almaty / Алматыда are one when the names
    index knows them. A name the index does not know (key ``~…``) only counts as missing
    when no capitalized word on the other side has its consonant key either: its
    spelling can vary more than its key can show.
    """
    if not row.original or not row.translation:
        return []
    src = _names(row.original, row.original_names, row.src_lang)
    tgt = _names(row.translation, row.translation_names, row.tgt_lang)
    src_keys, tgt_keys = {n.key for _, n in src}, {n.key for _, n in tgt}
    src_caps, tgt_caps = _capital_keys(row.original), _capital_keys(row.translation)

    def missing(names: list[tuple[int, Name]], other_keys: set[str], other_caps: set[str]) -> list[tuple[int, Name]]:
        out = []
        for k, n in names:
            if n.key in other_keys:
                continue
            loose = {latin_key(w) for w in _WORD_RE.findall(n.surface) if w[:1].isupper()}
            if any(a.startswith(b) or b.startswith(a) for a in loose for b in other_caps if a and b):
                continue  # Россия / Russian, Казахстан / Kazakh: a derived word names it too
            if n.key.startswith("~") or not n.key or n.surface.split("-")[0].isupper():
                continue  # an unknown name or an acronym (США / US) with no twin: too weak alone
            out.append((k, n))
        return out

    lost = missing(src, tgt_keys, tgt_caps)
    extra = missing(tgt, src_keys, src_caps)
    findings = []
    if lost and extra:
        k, n = extra[0]
        findings.append(
            RowFinding(
                "name",
                f"{', '.join(x.surface for _, x in lost)} in the original, "
                f"{', '.join(x.surface for _, x in extra)} in the translation",
                "translation",
                k,
                n.start,
                n.end,
                "major",
            )
        )
    elif lost:
        findings.append(
            RowFinding(
                "name",
                f"{', '.join(x.surface for _, x in lost)} missing from the translation",
                "original",
                lost[0][0],
                lost[0][1].start,
                lost[0][1].end,
                "major",
            )
        )
    elif extra:
        k, n = extra[0]
        findings.append(
            RowFinding(
                "name",
                f"{', '.join(x.surface for _, x in extra)} not in the original",
                "translation",
                k,
                n.start,
                n.end,
                "minor",
            )
        )
    return findings


def _script_of(lang: str) -> str:
    return "cyrillic" if lang.split("-")[0].lower() in _CYRILLIC_LANGS else "latin"


def check_untranslated(row: Row) -> list[RowFinding]:
    """The translation repeats the original, is in the original's script, or transliterates it."""
    if not row.original or not row.translation or row.src_lang == row.tgt_lang:
        return []
    src, tgt = " ".join(row.original), " ".join(row.translation)
    src_words, tgt_words = _WORD_RE.findall(src), _WORD_RE.findall(tgt)
    # Names alone ("Kassym-Jomart Tokayev") are rightly spelled the same: need a common word.
    if len(tgt_words) < 3 or all(w[:1].isupper() for w in tgt_words):
        return []
    span = ("translation", 0, 0, len(row.translation[0]))
    if _norm(src) == _norm(tgt):
        return [RowFinding("untranslated", "the translation is the original text", *span, severity="major")]
    want = _script_of(row.tgt_lang)
    letters = "".join(tgt_words)
    cyr = len(_CYR_RE.findall(letters))
    lat = len(_LAT_RE.findall(letters))
    wrong = cyr if want == "latin" else lat
    if _script_of(row.src_lang) != want and wrong > 0.8 * len(letters):
        return [
            RowFinding(
                "untranslated",
                f"the translation is in {'Cyrillic' if cyr > lat else 'Latin'} script, as the original",
                *span,
                severity="major",
            )
        ]
    if is_cyrillic(src) != is_cyrillic(tgt):
        # Names are rightly transliterated: only the other words count.
        sk = [word_key(w) for w in src_words if len(w) > 2]
        tk = [word_key(w) for w in tgt_words if len(w) > 2 and not w[:1].isupper()]
        if len(tk) >= 3 and sum(k in set(sk) for k in tk) >= 0.7 * len(tk):
            return [RowFinding("untranslated", "the translation transliterates the original", *span, severity="major")]
    return []


def _norm(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.casefold()))


def check_length(row: Row) -> list[RowFinding]:
    """A length ratio far from what the language pair's model expects."""
    if not row.original or not row.translation:
        return []
    model = row.model or length_model(row.src_lang, row.tgt_lang)
    ls = sum(len(s.strip()) for s in row.original) + len(row.original) - 1
    lt = sum(len(t.strip()) for t in row.translation) + len(row.translation) - 1
    z = model.z(ls, lt)
    if abs(z) < LENGTH_Z:
        return []
    factor = (lt + 1) / ((ls + 1) * model.ratio())
    what = "longer" if z > 0 else "shorter"
    shown = factor if z > 0 else 1 / factor
    return [
        RowFinding(
            "length",
            f"the translation is {shown:.1f}× {what} than expected ({lt} vs {ls} characters)",
            "translation",
            0,
            0,
            len(row.translation[0]),
            "minor",
        )
    ]


def _imbalance(text: str) -> list[tuple[str, int]]:
    """Marks without a partner: (mark, offset).

    Brackets and «» pair by direction; the other quotes only by count, since „…“ (Russian,
    Kazakh, German) closes with the mark that opens “…” in English.
    """
    out: list[tuple[str, int]] = []
    for open_, close in _PAIRS:
        stack: list[int] = []
        for i, ch in enumerate(text):
            if ch == open_:
                stack.append(i)
            elif ch == close:
                if stack:
                    stack.pop()
                else:
                    out.append((close, i))
        out.extend((open_, i) for i in stack)
    quotes = [i for i, ch in enumerate(text) if ch in '"“”„']
    if len(quotes) % 2:
        out.append((text[quotes[-1]], quotes[-1]))
    return sorted(out, key=lambda x: x[1])


def check_punctuation(row: Row) -> list[RowFinding]:
    """Quotes or brackets unbalanced in the translation but balanced in the original (or the
    reverse): a sentence that opens a quote closed later is fine when both sides do so."""
    if not row.original or not row.translation:
        return []
    src, tgt = " ".join(row.original), " ".join(row.translation)
    bad_src, bad_tgt = _imbalance(src), _imbalance(tgt)
    # Russian direct speech often runs on a dash where English opens a quote: a quote
    # counts only when the other side uses quote marks at all.
    if not _QUOTES.intersection(src):
        bad_tgt = [b for b in bad_tgt if b[0] not in _QUOTES]
    if not _QUOTES.intersection(tgt):
        bad_src = [b for b in bad_src if b[0] not in _QUOTES]
    if bool(bad_src) == bool(bad_tgt):
        return []
    if bad_tgt:
        mark, at = bad_tgt[0]
        k, start = _locate(row.translation, at)
        return [
            RowFinding(
                "punctuation", f"unpaired {mark} in the translation", "translation", k, start, start + 1, "minor"
            )
        ]
    mark, at = bad_src[0]
    k, start = _locate(row.original, at)
    return [
        RowFinding(
            "punctuation",
            f"unpaired {mark} in the original, paired in the translation",
            "original",
            k,
            start,
            start + 1,
            "minor",
        )
    ]


CHECKS = {
    "omission": check_omission,  # also "addition"
    "number": check_numbers,
    "name": check_names,
    "untranslated": check_untranslated,
    "length": check_length,
    "punctuation": check_punctuation,
}


def check_row(row: Row, kinds: Sequence[str] | None = None) -> list[RowFinding]:
    """Every check (or those of ``kinds``) on one row."""
    wanted = set(kinds or KINDS)
    out: list[RowFinding] = []
    for name, check in CHECKS.items():
        if name in wanted or (name == "omission" and "addition" in wanted):
            out.extend(f for f in check(row) if f.kind in wanted)
    return out
