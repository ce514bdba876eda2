"""Finding name mentions in a sentence, with character offsets into it.

Two passes: gazetteer spellings in any case form, longest first (so "Алматинской
области" is the region, not the city plus a word); then runs of capitalized words
the gazetteer does not know, as candidates (``entity_key`` None) for clustering.
The sentence is never changed: matches only point into it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from sverka.core.names.gazetteer import Gazetteer, Reading, load_gazetteer
from sverka.core.names.inflect import kazakh_keys
from sverka.core.names.keys import WORD_RE, is_cyrillic, word_key
from sverka.core.names.kinds import DEMONYMS, guess_kind, is_stopword

# What may stand between two words of one name: a space or two, a hyphen, or the dot
# after an initial ("К.-Ж. Токаев").
_JOIN = re.compile(r"\s{1,2}|[-‐‑]")
_INITIAL_JOIN = re.compile(r"\.\s?[-‐‑]?|\.?\s{1,2}")
_HYPHEN = re.compile(r"[-‐‑]")
# Kazakh suffixes written after a hyphen on acronyms and numerals ("ҰҚШҰ-ға").
_KK_HYPHEN_SUFFIXES = frozenset(k for k in kazakh_keys("") if k)
_FEM_VERB = re.compile(r"(ла|лась)$")
_MASC_VERB = re.compile(r"[^л]л(ся)?$")
# WORD_RE as a splitter: words at odd positions, the gaps between them at even ones.
_WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")
# A candidate's kind depends on its surface alone, and news repeats its names.
_kind_of = lru_cache(maxsize=65_536)(guess_kind)


@dataclass(frozen=True)
class Match:
    """One mention: ``sentence[start:end] == surface``.

    ``entity_key`` is the gazetteer id ("gaz:almaty") or None for a candidate name the
    gazetteer does not know; ``alternatives`` lists other gazetteer ids the surface could
    also name (e.g. bare "Назарбаева"), for an annotator to check.
    """

    start: int
    end: int
    surface: str
    entity_key: str | None
    kind: str
    canonical: str | None = None
    alternatives: tuple[str, ...] = ()


class _Tok:
    """One word of a sentence (a plain slotted class: the matcher makes one per word of
    every sentence, and a frozen dataclass's ``__init__`` was a fifth of its time)."""

    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


def _tokens(sentence: str) -> list[_Tok]:
    # One regex split and running sums of the parts' lengths give every word's offsets
    # without a Python step per match object.
    parts = _WORD_SPLIT.split(sentence)
    offsets = list(accumulate(map(len, parts), initial=0))
    toks = list(map(_Tok, offsets[1::2], offsets[2::2], parts[1::2]))
    if "s" not in parts:
        return toks
    kept: list[_Tok] = []
    for t in toks:
        # English possessive: "Tokayev's" -> drop the "s" token after the apostrophe.
        if t.text == "s" and kept and sentence[t.start - 1 : t.start] in ("'", "’") and kept[-1].end == t.start - 1:
            continue
        kept.append(t)
    return kept


# Abbreviated words that join the next word with a dot, like initials: "St. Andrew".
_DOTTED = frozenset({"St", "Mt", "Ft", "Ст"})


def _joined(sentence: str, left: _Tok, right: _Tok) -> bool:
    gap = sentence[left.end : right.start]
    pattern = _INITIAL_JOIN if len(left.text) == 1 or left.text in _DOTTED else _JOIN
    return pattern.fullmatch(gap) is not None


# A capitalised Russian adjective heads a name with the lower-case noun after it:
# "Московской области", "Контактной группы", "Финском заливе" — alone it names nothing.
_RU_ADJECTIVE = re.compile(r"(ой|ая|ий|ый|ого|его|ому|ему|ом|ем|ых|их|ую|юю|ые|ие|ое|ее|ым|им)$")
_RU_VERB = re.compile(r"(л|ла|ли|ло|лся|лась|лись|ет|ит|ут|ют|ат|ят|ется|ится)$")
_SPACE = re.compile(r" ")


def _adjective_head(sentence: str, toks: list[_Tok], i: int, covered: list[bool]) -> bool:
    """True when toks[i] is a capitalised Russian adjective before its lower-case noun."""
    if i + 1 >= len(toks) or covered[i + 1] or not is_cyrillic(toks[i].text):
        return False
    noun = toks[i + 1].text
    return (
        _RU_ADJECTIVE.search(toks[i].text) is not None
        and noun[:1].islower()
        and is_cyrillic(noun)
        and _RU_VERB.search(noun) is None
        and _SPACE.fullmatch(sentence[toks[i].end : toks[i + 1].start]) is not None
    )


_CLAUSE_GAP = re.compile(r"[,;:—–«»\"()]")
_CLAUSE_WORDS = frozenset({"что", "и", "а", "но", "когда", "как", "где", "пока"})


def _verb_gender(word: str) -> str | None:
    if word[:1].isupper() or not is_cyrillic(word) or len(word) < 4:
        return None
    if _FEM_VERB.search(word):
        return "f"
    return "m" if _MASC_VERB.search(word) else None


def _gender_cue(sentence: str, toks: list[_Tok], i: int, j: int, lang: str | None) -> str | None:
    """Gender of a Russian past-tense verb whose subject tokens [i, j) seem to be.

    Only a verb right next to a name that opens or closes its clause counts: in
    "Отставка Назарбаева стала …" the verb agrees with "Отставка", not with the name.
    """
    if lang not in (None, "ru"):
        return None
    opens = (
        i == 0
        or _CLAUSE_GAP.search(sentence[toks[i - 1].end : toks[i].start]) is not None
        or toks[i - 1].text.lower() in _CLAUSE_WORDS
    )
    if opens and j < len(toks) and (cue := _verb_gender(toks[j].text)):
        return cue
    closes = j == len(toks) or sentence[toks[j - 1].end : toks[j].start].strip() != ""
    if closes and i > 0 and (cue := _verb_gender(toks[i - 1].text)):
        return cue
    return None


def _too_short(word: str) -> bool:
    """A lone short word matches only in capitals: "Он" is a pronoun, "ООН" the UN."""
    return is_stopword(word) or (len(word) <= 3 and not word.isupper())


class _Known:
    """Whether each token has a gazetteer reading, looked up only when asked."""

    __slots__ = ("_gaz", "_lang", "_toks", "_values")

    def __init__(self, toks: list[_Tok], lang: str | None, gaz: Gazetteer) -> None:
        self._toks, self._lang, self._gaz = toks, lang, gaz
        self._values: list[bool | None] = [None] * len(toks)

    def __getitem__(self, i: int) -> bool:
        value = self._values[i]
        if value is None:
            value = self._values[i] = bool(self._gaz.word_readings(self._toks[i].text, self._lang))
        return value


def _match_at(
    sentence: str, toks: list[_Tok], i: int, lang: str | None, gaz: Gazetteer, known: _Known
) -> tuple[int, Reading, list[Reading]] | None:
    """The longest gazetteer spelling starting at token i: (end token, reading, all)."""
    if not toks[i].text[:1].isupper():
        return None
    j = i + 1
    while j < len(toks) and j - i < gaz.max_words and known[j] and _joined(sentence, toks[j - 1], toks[j]):
        j += 1
    for end in range(j, i, -1):
        if end == i + 1 and _too_short(toks[i].text):
            continue
        readings = gaz.lookup_words([t.text for t in toks[i:end]], lang)
        if readings:
            chosen = gaz.choose(readings, _gender_cue(sentence, toks, i, end, lang))
            if chosen is not None:
                return end, chosen, readings
    return None


def find_mentions(sentence: str, lang: str | None = None, gazetteer: Gazetteer | None = None) -> list[Match]:
    """Name mentions in ``sentence`` (language ``lang``: "ru", "kk", "en" or None).

    Gazetteer spellings are found in any Russian case form (in Russian or unknown-language
    text) and with Kazakh case suffixes (in Kazakh or unknown-language text). Other runs of
    capitalized words become candidates with ``entity_key=None``; a lone capitalized
    word opening the sentence is skipped, since it is usually just the first word.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    toks = _tokens(sentence)
    known = _Known(toks, lang, gaz)
    covered = [False] * len(toks)
    # Only a capitalised word starts a match or a candidate: both passes step from one to
    # the next, and the other words are read (a transliteration each, for unseen words)
    # only when a match runs into them.
    caps = [k for k, t in enumerate(toks) if t.text[:1].isupper()]
    caps.append(len(toks))  # the sentinel that ends both passes
    out: list[Match] = []
    i = 0
    while (i := _next_cap(caps, i)) < len(toks):
        found = _match_at(sentence, toks, i, lang, gaz, known) if known[i] else None
        if found is None:
            i += 1
            continue
        end, reading, readings = found
        stop = toks[end - 1].end
        if end < len(toks) and toks[end].text[:1].isupper() and _HYPHEN.fullmatch(sentence[stop : toks[end].start]):
            # "Петропавловск-Камчатский" is not Petropavl: a known name hyphened to another
            # capitalised word is part of a longer name, left to the candidates.
            i += 1
            continue
        if (
            end < len(toks)
            and lang in (None, "kk")
            and _HYPHEN.fullmatch(sentence[stop : toks[end].start])
            and word_key(toks[end].text) in _KK_HYPHEN_SUFFIXES
        ):
            stop, end = toks[end].end, end + 1
        e = reading.entity
        alternatives = tuple(sorted(r.entity.entity_id for r in readings if r.entity is not e))
        out.append(
            Match(toks[i].start, stop, sentence[toks[i].start : stop], e.entity_id, e.kind, e.canonical, alternatives)
        )
        covered[i:end] = [True] * (end - i)
        i = end
    out.extend(_candidates(sentence, toks, covered, caps))
    out.sort(key=lambda m: m.start)
    return out


def _next_cap(caps: list[int], i: int) -> int:
    """The first capitalised token at or after token ``i`` (``caps`` ends with the token
    count, so past the last one that is the end)."""
    return caps[bisect_left(caps, i)]


def _candidates(sentence: str, toks: list[_Tok], covered: list[bool], caps: list[int]) -> list[Match]:
    """Runs of capitalized, uncovered, non-stopword tokens joined like a name."""
    out: list[Match] = []
    i = 0
    while (i := _next_cap(caps, i)) < len(toks):
        t = toks[i]
        if covered[i] or is_stopword(t.text) or t.text.isdigit():
            i += 1
            continue
        j = _run_end(sentence, toks, covered, i)
        lone_opener = i == 0 and j == 1 and not t.text.isupper()
        if j < len(toks) and toks[j].text.lower() in DEMONYMS and _joined(sentence, toks[j - 1], toks[j]):
            i = j + 1  # "North Korean government": an adjective, not a place
            continue
        if j - i == 1 and not lone_opener and _adjective_head(sentence, toks, i, covered):
            j = i + 2
        if not lone_opener and not (j - i == 1 and len(t.text) == 1):
            surface = sentence[t.start : toks[j - 1].end]
            out.append(Match(t.start, toks[j - 1].end, surface, None, _kind_of(surface)))
        i = j
    return out


def _run_end(sentence: str, toks: list[_Tok], covered: list[bool], i: int) -> int:
    """End of the run of capitalised words from toks[i], through "of" between two of them
    ("Cabinet of Ministers of Tatarstan", "House of God")."""

    def name_word(k: int) -> bool:
        return not covered[k] and toks[k].text[:1].isupper() and not is_stopword(toks[k].text)

    j = i + 1
    while j < len(toks):
        if name_word(j) and _joined(sentence, toks[j - 1], toks[j]):
            j += 1
        elif (
            toks[j].text == "of"
            and j + 1 < len(toks)
            and name_word(j + 1)
            and _SPACE.fullmatch(sentence[toks[j - 1].end : toks[j].start])
            and _SPACE.fullmatch(sentence[toks[j].end : toks[j + 1].start])
        ):
            j += 2
        else:
            break
    return j


def find_mentions_many(sentences: list[tuple[str, str | None]]) -> list[list[Match]]:
    """:func:`find_mentions` of each (sentence, lang) with the bundled gazetteer.
    Module-level, so a worker process can run it."""
    gaz = load_gazetteer()
    return [find_mentions(body, lang, gaz) for body, lang in sentences]
