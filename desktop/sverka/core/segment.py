"""Sentence segmentation for Russian, English and Kazakh news articles.

A regex-driven segmenter with per-language abbreviation lists (see ``abbreviations``). It is
built for import speed: the regex engine finds candidate boundaries (terminal punctuation,
optional closing quotes, then whitespace) and Python only judges those few candidates, so a
typical article costs one pass in C plus a handful of dictionary look-ups per sentence.
razdel was measured as the alternative (bench/bench_segment.py): it is accurate on Russian but
an order of magnitude slower, which alone would exceed the import budget.

Offsets always point into the text as given; nothing is normalised or copied, so the stored
article stays verbatim and ``text[seg.start:seg.end]`` is the sentence.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cache

from sverka.core.abbreviations import (
    NUMERIC_PREFIX,
    final_abbreviations,
    prefix_abbreviations,
    sentence_starters,
    year_like,
)

__all__ = ["KINDS", "Header", "Segment", "parse_header", "segment", "segment_spans"]

KINDS = ("title", "timestamp", "headline", "body")


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence: ``text[start:end]``, stripped, of kind title/timestamp/headline/body."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Header:
    """The optional first line ``date YYYY-MM-DD Title`` of an article file."""

    date: str | None
    title: str
    title_start: int
    title_end: int
    body_start: int


# Paragraph breaks: LF (and CR, for CRLF and old Mac files) and U+2029 PARAGRAPH SEPARATOR; a
# paragraph never continues across one. The other characters str.splitlines() breaks on
# (U+2028 LINE SEPARATOR, NEL, VT, FF, FS/GS/RS) are breaks *inside* a paragraph (a soft
# line break from a word processor, a page break in a converted PDF): a sentence runs across
# them like across a space, and they stay in the stored text, inside its span (issue 13).
_LB = "\n\r\u2029"
_HSPACE = rf"[^\S{_LB}]"  # whitespace that is not a line break

# A stripped, non-empty line: starts and ends with a non-space character.
_LINE_RE = re.compile(rf"\S(?:[^{_LB}]*\S)?")
_HEADER_RE = re.compile(
    rf"\ufeff?{_HSPACE}*[Dd]ate{_HSPACE}+(\d{{1,4}}[-./]\d{{1,2}}[-./]\d{{1,4}})"
    rf"(?:{_HSPACE}+([^{_LB}]*))?{_HSPACE}*(\r\n|[{_LB}]|$)"
)
# Live-blog stamps: "05:41 GMT 06.01.2022", also "05:41 06.01.2022" and "06.01.2022, 05:41 МСК".
_TZ = r"(?:[A-ZА-ЯЁ]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?)"
_TIME = r"\d{1,2}:\d{2}"
_DATE = r"\d{1,2}\.\d{1,2}\.\d{2,4}"
_TIMESTAMP_RE = re.compile(
    rf"{_TIME}(?:{_HSPACE}+{_TZ})?,?{_HSPACE}+{_DATE}"
    rf"|{_DATE},?{_HSPACE}+{_TIME}(?:{_HSPACE}+{_TZ})?"
)
# A candidate boundary: terminal punctuation, closing quotes/brackets, whitespace (same line).
# The pattern opens with a single character class so that the regex engine can skip to it
# quickly (a leading repeat disables that and halves the speed).
# Arabic "؟" and the Urdu full stop "۔" end sentences like "?" and "."; Chinese and Japanese
# "。！？" end them with no space after (handled below).
_CJK_TERMINALS = "。！？｡"
_TERMINALS = ".!?…؟۔" + _CJK_TERMINALS
_OPENING = "«\"“„‘'([—–-"
# Group 1 is the first character of what follows, past whitespace, opening quotes and dashes;
# it is missing (-1) when no whitespace follows the run. The run of punctuation is taken whole
# and possessively, and the lookahead is optional: every run is one match, so scanning stays
# linear. (A required lookahead made the engine retry from every dot of "....." and rescan the
# rest of the run each time: 64 KB of dots took minutes.)
_CAND_RE = re.compile(
    rf"[{_TERMINALS}][{_TERMINALS}\"'»”’)\]」』）］]*+"
    rf"(?:(?={_HSPACE}[{re.escape(_OPENING)}\s]*([^{re.escape(_OPENING)}\s])))?"
)
_CJK_END_RE = re.compile(f"[{_CJK_TERMINALS}]")
# A token longer than this is no abbreviation, initial or number: looking further back for its
# start would only make a line without spaces (tab-separated "A.\tB.\t…") quadratic.
_TOKEN_WINDOW = 64
_LEAD_STRIP = "«\"“„‘'(["
_TRAIL_STRIP = "»\"”’')]"
_CLOSERS_AT_END = "»\"”’')]」』）］"
# An initial or dotted acronym: J / Н / К.-Ж / U.S / U.S.A (letters only, no digits).
_INITIALS_RE = re.compile(r"(?:[^\W\d_](?:\.-?|-))*[^\W\d_]")
_NEXT_WORD_RE = re.compile(r"[\w-]+(\.?)")
_ISO_DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE_RE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")


def _iso_date(token: str) -> str | None:
    """ISO form of a YYYY-MM-DD or DD.MM.YYYY token, or None when it is no real date."""
    m = _ISO_DATE_RE.fullmatch(token)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _DMY_DATE_RE.fullmatch(token)
        if not m:
            return None
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    try:
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def parse_header(text: str) -> Header | None:
    """Parse the optional first line ``date YYYY-MM-DD Title``; None when the text has none.

    Leading spaces (the seeds have one) and a BOM are tolerated. ``date`` is None when the date
    token is not a real calendar date; the title may be empty.
    """
    m = _HEADER_RE.match(text)
    if m is None:
        return None
    if m.group(2) is None:
        t_start = t_end = m.end(1)
    else:
        t_start = m.start(2)
        t_end = t_start + len(m.group(2).rstrip())
    return Header(
        date=_iso_date(m.group(1)),
        title=text[t_start:t_end],
        title_start=t_start,
        title_end=t_end,
        body_start=m.end(),
    )


def segment(text: str, lang: str) -> list[Segment]:
    """Split a whole article into sentences with character offsets into ``text``.

    The header line (if any) gives one "title" segment covering the title only; live-blog
    lines "HH:MM GMT DD.MM.YYYY" are "timestamp"; the line after a timestamp is a "headline"
    unless it ends with a full stop; everything else is split into "body" sentences. Lines are
    never joined, so a sentence never spans a line break. ``lang`` (ISO 639-1) selects the
    abbreviation lists; an unknown language uses all of them.
    """
    return [Segment(s, e, k) for s, e, k in segment_spans(text, lang)]


def segment_spans(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Like ``segment`` but as plain ``(start, end, kind)`` tuples, for bulk import.

    Building frozen dataclasses costs more than finding the sentences; an importer that
    writes rows straight to the database should call this.
    """
    out: list[tuple[int, int, str]] = []
    pos = 0
    header = parse_header(text)
    if header is not None:
        if header.title_end > header.title_start:
            out.append((header.title_start, header.title_end, "title"))
        pos = header.body_start
    split = _splitter(lang).split
    after_stamp = False
    for m in _LINE_RE.finditer(text, pos):
        s, e = m.span()
        if text[s].isdigit() and _TIMESTAMP_RE.fullmatch(text, s, e):
            out.append((s, e, "timestamp"))
            after_stamp = True
            continue
        if after_stamp and not _ends_with_full_stop(text, s, e):
            out.append((s, e, "headline"))
        else:
            split(text, s, e, out)
        after_stamp = False
    return out


def _ends_with_full_stop(text: str, s: int, e: int) -> bool:
    """True when the line ends with "." or "…", closing quotes and brackets aside."""
    while e > s and text[e - 1] in _CLOSERS_AT_END:
        e -= 1
    return e > s and text[e - 1] in ".…"


# What a full stop after a token means: always a boundary, never one, or it depends on the
# context (the next word, the token before, the line start).
_ALWAYS, _NEVER, _DEPENDS = 0, 1, 2
_VERDICT_CACHE_SIZE = 200_000


@cache
def _splitter(lang: str) -> _Splitter:
    return _Splitter(lang)


class _Splitter:
    """Body-sentence splitting with the abbreviation lists of one language."""

    __slots__ = ("final", "prefix", "starters", "verdicts", "year_like")

    def __init__(self, lang: str) -> None:
        self.prefix = prefix_abbreviations(lang)
        self.final = final_abbreviations(lang)
        self.starters = sentence_starters(lang)
        self.year_like = year_like(lang)
        # Token -> verdict memo: words repeat, and a dict hit is far cheaper than the checks.
        # Shared between threads; a race only computes the same value twice.
        self.verdicts: dict[str, int] = {}

    def split(self, text: str, s: int, e: int, out: list[tuple[int, int, str]]) -> None:
        """Append the body sentences of the stripped line ``text[s:e]`` to ``out``."""
        start = s
        verdicts = self.verdicts
        for m in _CAND_RE.finditer(text, s, e):
            j = m.start(1)
            if j < 0:
                # No whitespace after the run: not a boundary, except after "。" (Chinese and
                # Japanese write the next sentence right after it).
                end = m.end()
                if end < e and _CJK_END_RE.search(text, m.start(), end):
                    out.append((start, end, "body"))
                    start = end
                continue
            # A lower-case continuation is the strongest signal there is: "т.е. в", "ok?" he
            # said, «Стоять!» — крикнул. It also covers most unknown abbreviations.
            if text[j].islower():
                continue
            dot = m.start()
            end = m.end()
            # Only a lone full stop is ambiguous; "!", "?", "…" and "..." end the sentence.
            if text[dot] == "." and (end - dot == 1 or text[dot + 1] not in _TERMINALS):
                lo = max(s, dot - _TOKEN_WINDOW)
                b = text.rfind(" ", lo, dot) + 1
                if b < lo:
                    b = lo
                tok = text[b:dot]
                verdict = verdicts.get(tok)
                if verdict is None:
                    verdict = self._verdict(tok)
                    if len(verdicts) < _VERDICT_CACHE_SIZE:
                        verdicts[tok] = verdict
                if verdict is _NEVER or (verdict is _DEPENDS and not self._ends_at_dot(text, s, dot, j, e)):
                    continue
            out.append((start, end, "body"))
            start = end + 1
            while text[start].isspace():
                start += 1
        out.append((start, e, "body"))

    def _verdict(self, tok: str) -> int:
        """What a full stop after ``tok`` means, as far as the token alone can tell."""
        if not tok.isprintable():
            return _DEPENDS
        tok = tok.lstrip(_LEAD_STRIP).rstrip(_TRAIL_STRIP)
        if not tok:
            return _ALWAYS
        low = tok.lower()
        if low in self.prefix and low not in self.year_like and len(low) > 1:
            return _NEVER
        if (
            tok[-1].isdigit()
            or len(tok) == 1
            or low in self.year_like
            or low in self.prefix
            or low in self.final
            or low in NUMERIC_PREFIX
            or _INITIALS_RE.fullmatch(tok)
        ):
            return _DEPENDS
        return _ALWAYS

    def _ends_at_dot(self, text: str, s: int, dot: int, j: int, e: int) -> bool:
        """Judge a single full stop at ``dot`` followed by an upper-case letter or digit at j."""
        lo = max(s, dot - _TOKEN_WINDOW)
        b = max(text.rfind(" ", lo, dot) + 1, lo)
        tok = text[b:dot]
        if not tok.isprintable():  # a tab or no-break space inside: take the last piece
            parts = tok.split()
            tok = parts[-1] if parts else ""
            b = dot - len(tok)
        tok = tok.lstrip(_LEAD_STRIP).rstrip(_TRAIL_STRIP)
        if not tok:
            return True
        digit_next = text[j].isdigit()
        if tok[-1].isdigit():
            # "1. Introduction" at the start of a line is a list marker, not a sentence.
            return not (b == s and len(tok) <= 3)
        low = tok.lower()
        if low in self.year_like:
            # "2022 г. Протесты…" ends a sentence; "г. Алматы" (city) does not.
            return _previous_is_number(text, s, b) and not digit_next
        if len(low) == 1 and low == tok:
            # "и т. д. Потом" ends, "т. е. Токаев" does not: judge the spaced pair first.
            spaced = _spaced_abbreviation(text, s, b, low)
            if spaced is not None and spaced in self.final:
                return not digit_next
            if spaced is not None and spaced in self.prefix:
                return False
            # The first half of a spaced pair: "z. B. für", "p. ej. el".
            w = _NEXT_WORD_RE.match(text, j, e)
            if w is not None and w.group(1) and f"{low}.{w.group(0)[:-1].lower()}" in self.prefix | self.final:
                return False
        if tok.isupper() and _INITIALS_RE.fullmatch(tok):
            # J. Smith, Н. А. Назарбаев, К.-Ж. Токаев, U.S. President: a name or noun
            # follows, unless the next word is one that starts sentences ("U.S. The").
            w = _NEXT_WORD_RE.match(text, j, e)
            return w is not None and not w.group(1) and w.group(0) in self.starters
        if low in self.prefix:
            return False
        if low in NUMERIC_PREFIX or low in self.final:
            return not digit_next
        # An ordinary word, a lower-case unknown abbreviation ("n.d."), a number-word.
        return not (digit_next and _INITIALS_RE.fullmatch(tok))


def _previous_is_number(text: str, s: int, b: int) -> bool:
    """True when the token before position ``b`` (on the same line) ends in a digit."""
    k = b - 1
    while k >= s and text[k].isspace():
        k -= 1
    return k >= s and text[k].isdigit()


def _spaced_abbreviation(text: str, s: int, b: int, low: str) -> str | None:
    """For "т. е." style abbreviations: "т.е" when a one-letter "x." stands before ``b``."""
    k = b - 1
    while k >= s and text[k].isspace():
        k -= 1
    if k - 1 >= s and text[k] == "." and text[k - 1].isalpha() and (k - 2 < s or not text[k - 2].isalnum()):
        return f"{text[k - 1].lower()}.{low}"
    return None
