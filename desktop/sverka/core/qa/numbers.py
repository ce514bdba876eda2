"""Numbers of a sentence as values, for comparing an original with its translation.

Russian and Kazakh write "1,5" and "2 500", English "1.5" and "2,500"; "2,5 тыс." and
"2.5 thousand" mean 2,500, and "1,5 млн" 1,500,000. Each number is read with the
conventions of its sentence's language and carries every value it can stand for ("2,5
тыс." is 2.5 and 2,500), so that the translator's choice of form never counts as a
difference. A range "4–5" is two numbers; a date "12.03.2020" is its day and year (the
month is compared as a month). Numbers up to a hundred spelled out ("пять", "Eighteen", "бес") may
stand in for digits on the other side, but are never required.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sverka.core.align_anchors import SPELLED_NUMBERS, month_keys

_NUM_RE = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)*")
_DATE_RE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d|\.\d)")
_TIME_RE = re.compile(r"(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])(?:\s*([AaPp])\.?\s?[Mm]\b\.?)?")
_HOUR_RE = re.compile(r"(?<![\d.,:])(\d{1,2})\s?([AaPp])\.?[Mm]\b\.?")
_SCALES = (
    (re.compile(r"\s*(?:тыс|тысяч\w*|мың\w*|thousand)\b\.?", re.IGNORECASE), 1e3),
    (re.compile(r"\s*(?:млн|миллион\w*|million\w*)\b\.?", re.IGNORECASE), 1e6),
    (re.compile(r"\s*(?:млрд|миллиард\w*|billion)\b\.?", re.IGNORECASE), 1e9),
    (re.compile(r"\s*(?:трлн|триллион\w*|trillion)\b\.?", re.IGNORECASE), 1e12),
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_DECIMAL_COMMA = frozenset({"ru", "kk", "uk", "be", "bg", "de", "fr", "es", "it", "pl", "cs", "tr"})


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written (``text`` at ``start``:``end``) and the values it may mean."""

    text: str
    start: int
    end: int
    values: frozenset[float]


def _value(raw: str, lang: str) -> float | None:
    s = re.sub(r"[ \u00a0\u202f]", "", raw)
    comma_decimal = lang.split("-")[0].lower() in _DECIMAL_COMMA
    if "," in s and "." in s:  # "2,500.75" or "2.500,75": the last mark is the decimal one
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s:
        groups = s.split(",")
        thousands = all(len(g) == 3 for g in groups[1:])
        # "2,500" is thousands in English; in Russian "2,500" is a decimal 2.5
        s = s.replace(",", "") if thousands and not comma_decimal else s.replace(",", ".", 1).replace(",", "")
    elif s.count(".") > 1:  # "1.000.000": dots group thousands
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


def numbers(sentence: str, lang: str) -> list[Number]:
    """The numbers of a sentence (dates give their day and year)."""
    out: list[Number] = []
    taken: list[tuple[int, int]] = []
    for m in _DATE_RE.finditer(sentence):
        if 1 <= int(m.group(2)) <= 12:
            for g in (1, 3):
                year = int(m.group(g)) + (2000 if g == 3 and len(m.group(g)) == 2 else 0)
                out.append(Number(m.group(g), m.start(g), m.end(g), frozenset({float(year)})))
            taken.append(m.span())
    for m in _TIME_RE.finditer(sentence):  # "5:47 PM" is also 17 (hours) and 47
        hour = int(m.group(1))
        pm = (m.group(3) or "").lower().startswith("p")
        out.append(Number(m.group(1), m.start(1), m.end(1), frozenset({float(hour), float(hour + 12 * pm)})))
        if int(m.group(2)):  # "15:00" is the hour 15: no number 0 to find on the other side
            out.append(Number(m.group(2), m.start(2), m.end(2), frozenset({float(m.group(2))})))
        taken.append(m.span())
    for m in _HOUR_RE.finditer(sentence):  # "3 p.m." is 15 o'clock
        hour = int(m.group(1))
        pm = m.group(2).lower() == "p"
        out.append(Number(m.group(1), m.start(1), m.end(1), frozenset({float(hour), float(hour + 12 * pm)})))
        taken.append(m.span())
    for m in _NUM_RE.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        raw = m.group()
        v = _value(raw, lang)
        if v is None:
            continue
        values = {v}
        end = m.end()
        for pattern, scale in _SCALES:
            sm = pattern.match(sentence, m.end())
            if sm:
                values.add(v * scale)
                end = sm.end()
                break
        out.append(Number(sentence[m.start() : end].strip(), m.start(), end, frozenset(values)))
    return sorted(out, key=lambda n: n.start)


def spelled(sentence: str) -> list[int]:
    """Small numbers written as words (for matching digits of the other side only)."""
    return [SPELLED_NUMBERS[w] for w in (x.lower() for x in _WORD_RE.findall(sentence)) if w in SPELLED_NUMBERS]


@dataclass(frozen=True, slots=True)
class NumberDiff:
    """Numbers of each side without a counterpart on the other."""

    original: tuple[Number, ...]
    translation: tuple[Number, ...]
    months: tuple[set[str], set[str]]

    def __bool__(self) -> bool:
        return bool(self.original or self.translation or self.months[0] or self.months[1])


def _unmatched(mine: Sequence[Number], theirs: Sequence[Number], words: list[int]) -> list[Number]:
    used = [False] * len(theirs)
    left = list(words)
    out = []
    for n in mine:
        k = next((k for k, t in enumerate(theirs) if not used[k] and n.values & t.values), None)
        if k is not None:
            used[k] = True
            continue
        w = next((w for w in left if float(w) in n.values), None)
        if w is not None:
            left.remove(w)
            continue
        out.append(n)
    return out


def compare_numbers(original: str, translation: str, src_lang: str, tgt_lang: str) -> NumberDiff:
    """What differs between the numbers (and months) of two texts."""
    a, b = numbers(original, src_lang), numbers(translation, tgt_lang)
    ma, mb = month_keys(original, need_digit=False), month_keys(translation, need_digit=False)
    return NumberDiff(
        tuple(_unmatched(a, b, spelled(translation))), tuple(_unmatched(b, a, spelled(original))), (ma - mb, mb - ma)
    )
