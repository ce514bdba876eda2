"""langdetect's n-gram model, scored exactly and fast: one shared model, loaded once.

The model is langdetect's: its 55 shipped profiles plus Sverka's own (resources/langid/,
built by scripts/build_langid_profiles.py with langdetect's profile code), and its n-gram
extraction (``NGram.normalize``, the capital-word rule, 1- to 3-grams of each space-padded
word, Latin letters dropped from mostly non-Latin text). Two things differ from langdetect's
``Detector``, on purpose:

* no random sampling: every n-gram of the text counts once, so the answer is the exact naive
  Bayes argmax with langdetect's smoothing (p + alpha/BASE_FREQ) — deterministic without a
  seed, and the same in every thread;
* the profiles of a writing system are one table of packed integers (n-gram -> every
  language's fixed-point weight, see ``SystemModel``) and a text is scored with one C-level
  sum over its n-grams, instead of a Python loop over languages per n-gram (and no numpy).

The tables are built by ``build_model`` (from langdetect's JSON profiles, Sverka's, and the
news word counts of resources/langid/words) only in scripts/build_langid_profiles.py; the
application reads them packed from resources/langid/model.bin (``langid_pack``), each writing
system on first use, so start-up never parses a profile.

``extract_ngrams`` reproduces ``Detector._extract_ngrams`` (tests/unit/test_langid_model.py
checks it against langdetect on random text).
"""

from __future__ import annotations

import json
import math
import re
import sys
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from importlib import resources
from itertools import chain, islice, pairwise, repeat
from operator import mul
from typing import TYPE_CHECKING

from sverka.paths import resource

if TYPE_CHECKING:
    from sverka.core.langid_pack import Unpacked

__all__ = [
    "NgramModel",
    "SystemModel",
    "build_model",
    "extract_ngrams",
    "fold_homoglyphs",
    "model",
    "normalise",
    "pack_model",
    "profile_texts",
    "use_model",
    "windows",
]

_URL_RE = re.compile(r"https?://[-_.?&~;+=/#0-9A-Za-z]{1,2076}")
_MAIL_RE = re.compile(r"[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}")
# langdetect: alpha 0.5 over BASE_FREQ 10000 is added to every n-gram probability.
_SMOOTHING = 3e-6
_LATIN_DROP = {c: None for c in range(ord("A"), ord("z") + 1)}
_LATIN_DROP_RE = re.compile("[A-z]+")  # the same characters, deleted by a C-level scan
# langdetect's cleaning_text: characters from U+0300 up count as non-Latin; Latin letters are
# dropped from text where they are under a third.
_A_TO_Z = bytes(range(ord("A"), ord("z") + 1))
_LEADS_FROM_0300 = bytes(range(0xCC, 0xF5))


def _char_class(codes: Iterable[int]) -> str:
    """A regex character class of ``codes``, as ranges."""
    parts = []
    ordered = sorted(codes)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        lo, hi = re.escape(chr(ordered[i])), re.escape(chr(ordered[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "[" + "".join(parts) + "]"


class _Normaliser:
    """NGram.normalize for every BMP character: one regex for the characters it blanks, one
    str.translate table for the others it changes (built by ``from_langdetect``, shipped in
    the packed model)."""

    def __init__(self, blank_class: str, keys: str, values: str, other_class: str | None = None) -> None:
        # Most mappings blank a character (digits, punctuation): one regex substitution does
        # those at C speed; the few others (Romanian s/t, kana, Han, Hangul) are a translate
        # table applied only when such a character occurs.
        self.blank_class = blank_class
        self.keys = keys
        self.values = values
        self.blank_re = re.compile(blank_class)
        self.other = str.maketrans(keys, values)
        self.other_class = other_class or _char_class(map(ord, keys))
        self.other_re = re.compile(self.other_class)
        self.vi_marks = re.compile("[\u0300\u0301\u0303\u0309\u0323]")

    @classmethod
    def from_langdetect(cls) -> _Normaliser:
        """Ask langdetect's NGram.normalize about every BMP character (about a third of a
        second: done by the build script, not at start-up)."""
        from langdetect.utils.ngram import NGram

        blank: list[int] = []
        other: dict[int, str] = {}
        for code in range(0x10000):
            if 0xD800 <= code <= 0xDFFF:
                continue
            ch = chr(code)
            out = NGram.normalize(ch)
            if out == " " and ch != " ":
                blank.append(code)
            elif out != ch:
                other[code] = out
        keys = "".join(map(chr, sorted(other)))
        return cls(_char_class(blank), keys, "".join(other[ord(k)] for k in keys))

    @staticmethod
    def normalize_vi(text: str) -> str:
        from langdetect.utils.ngram import NGram

        return str(NGram.normalize_vi(text))


def _capital_grams(word: str, out: list[str], closed: bool) -> None:
    """langdetect's NGram state machine over one word that has two capitals in a row."""
    grams = " "
    capital = False
    for ch in word + " " if closed else word:
        last = grams[-1]
        if last == " ":
            grams = " "
            capital = False
            if ch == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            w = grams[-n:]
            if w != " ":
                out.append(w)


# Latin letters typed inside Cyrillic words ("Лaбуристичкa пaртиja": a and j are Latin; 499
# lines of NTREX's Serbian have such words) become the Cyrillic letters they look like, so the
# word keeps its Cyrillic n-grams instead of being cut in pieces.
_HOMOGLYPHS = str.maketrans("aeopcyxijsABEKMHOPCTXIJS", "аеорсухіјѕАВЕКМНОРСТХІЈЅ")
_MIXED_WORD_RE = re.compile(r"\w*(?:[a-zA-Z][\u0400-\u04ff]|[\u0400-\u04ff][a-zA-Z])\w*")


def fold_homoglyphs(text: str) -> str:
    """Cyrillic for the Latin look-alike letters inside words that mix both alphabets."""
    if text.isascii():
        return text
    return _MIXED_WORD_RE.sub(lambda m: m.group(0).translate(_HOMOGLYPHS), text)


def normalise(text: str, *, drop_latin: bool = False) -> str:
    """``text`` as langdetect sees it before cutting n-grams: homoglyphs folded, URLs and
    mail addresses blanked, Latin letters dropped from mostly non-Latin text, every character
    through ``NGram.normalize`` (so words are separated by single spaces or runs of them).

    ``drop_latin``: Latin letters are dropped whatever their share (see SystemModel.drop_latin).
    """
    norm = _norm()
    text = fold_homoglyphs(text)
    text = _URL_RE.sub(" ", text)
    text = _MAIL_RE.sub(" ", text)
    if norm.vi_marks.search(text):
        text = norm.normalize_vi(text)
    if drop_latin:
        if _LATIN_DROP_RE.search(text):
            text = _LATIN_DROP_RE.sub("", text)
    elif not text.isascii():
        b = text.encode("utf-8", "surrogatepass")
        latin = len(b) - len(b.translate(None, _A_TO_Z))
        if latin:
            # Characters from U+0300 up are the UTF-8 sequences led by bytes CC-F4. (langdetect
            # means to leave Latin Extended Additional out, but compares the block against a
            # name it never returns, so those count too; we do as it does.)
            non_latin = len(b) - len(b.translate(None, _LEADS_FROM_0300))
            if latin * 2 < non_latin:
                text = text.translate(_LATIN_DROP)
    text = norm.blank_re.sub(" ", text)
    if norm.other_re.search(text):
        text = text.translate(norm.other)
    return text


def extract_ngrams(text: str, *, skip_names: bool = False, drop_latin: bool = False) -> list[str]:
    """The 1-3-grams langdetect would extract from ``text`` (before the profile filter).

    One step is added before langdetect's: ``fold_homoglyphs``. With ``skip_names``,
    capitalised words after the first are left out while enough other n-grams remain
    (NAME_FLOOR): "Norman Eisen … der Brookings Institution" says English, the rest German.
    ``drop_latin``: as ``normalise``'s (the n-grams a non-Latin system's table scores).
    """
    text = normalise(text, drop_latin=drop_latin)
    out: list[str] = []
    names: list[str] = []
    words = text.split(" ")
    last = len(words) - 1
    first = True
    for k, word in enumerate(words):
        if not word:
            continue
        if skip_names and not first and word[0].isupper():
            _word_grams(word, names, k != last)
            continue
        first = False
        _word_grams(word, out, k != last)
    if names and len(out) < NAME_FLOOR:
        out.extend(names)
    return out


# Below this many n-grams outside capitalised words, the capitalised words count after all.
NAME_FLOOR = 80

# Word weights: a word's key in a SystemModel table is WORD_MARK + the word (lower case), a
# character NGram.normalize blanks, so no n-gram key starts with it.
WORD_MARK = "\x01"
# A word seen c times in N words of a language weighs log1p(c / N / WORD_SMOOTHING) nats
# there, times WORD_WEIGHT (chosen on the inner split of the build documents, see
# bench/tune_langid.py).
WORD_SMOOTHING = 2e-5
WORD_WEIGHT = 1.0
WORD_CAP = 2000
# Word endings: the last ENDING_LETTERS letters of each word of at least ENDING_LETTERS +
# ENDING_STEM letters, counted like words (key ENDING_MARK + ending, same smoothing) for the
# ENDING_LANGUAGES only. Kazakh suffixes a word in letters Russian shares ("магнитуда-сы",
# "театр-ы", "Семей-де", "Трамп-ты"), and a Kazakh headline is full of words no count has
# seen whose endings it has seen often; langid uses them only between Russian and Kazakh.
ENDING_MARK = "\x02"
ENDING_LETTERS = 3
ENDING_STEM = 2
ENDING_LANGUAGES = frozenset({"ru", "kk"})


def endings_of(words: Iterable[str]) -> list[str]:
    """The ending keys of ``words`` (``words_of``'s): ENDING_MARK + the last ENDING_LETTERS."""
    shortest = ENDING_LETTERS + ENDING_STEM
    return [ENDING_MARK + w[-ENDING_LETTERS:] for w in words if len(w) >= shortest]


def words_of(text: str, *, drop_latin: bool = False) -> list[str]:
    """The words of ``text`` as the word weights count them: ``normalise``d, lower case."""
    return [w.lower() for w in normalise(text, drop_latin=drop_latin).split(" ") if w]


def _word_grams(word: str, out: list[str], closed: bool) -> None:
    """Append the n-grams of one normalised word (``closed``: a space follows it)."""
    # A word with two capitals in a row goes through langdetect's own state machine.
    if len(word) > 1 and not word[1:].islower() and _has_upper_pair(word):
        _capital_grams(word, out, closed)
        return
    # The text's last word has no space after it, so no word-final n-grams.
    padded = f" {word} " if closed else f" {word}"
    out.extend(word)
    n = len(padded)
    if n < _MAX_SLICED:
        out.extend(map(padded.__getitem__, _BIGRAMS[n]))
        out.extend(map(padded.__getitem__, _TRIGRAMS[n]))
    else:
        out.extend(padded[i : i + 2] for i in range(n - 1))
        out.extend(padded[i : i + 3] for i in range(n - 2))


# Slice objects for the 2- and 3-grams of a padded word of each length: map() over them runs
# the slicing loop in C.
_MAX_SLICED = 48
_BIGRAMS = [[slice(i, i + 2) for i in range(n - 1)] for n in range(_MAX_SLICED)]
_TRIGRAMS = [[slice(i, i + 3) for i in range(n - 2)] for n in range(_MAX_SLICED)]


def windows(
    text: str, *, skip_names: bool = False, drop_latin: bool = False, name_floor: int = NAME_FLOOR
) -> tuple[list[str], list[str]]:
    """``extract_ngrams`` in a form that is cheaper to score: (strings, extra).

    The n-grams of a run of ordinary words are the 1-3-character windows of " w1 w2 … wn "
    (one space between words; no trailing space after the text's last word): each word's
    unigrams, its space-padded 2- and 3-grams, and the windows that straddle a space (" ",
    "d w"), which no profile has (langdetect never makes them) and so score nothing. Scoring
    those strings by slicing in C replaces a Python loop per word. Words langdetect cuts with
    its capital-letter state machine come back as explicit n-grams in ``extra``. The same
    skip_names rule applies; the strings and extra hold exactly ``extract_ngrams``'s n-grams.
    """
    words = normalise(text, drop_latin=drop_latin).split(" ")
    last = len(words) - 1
    runs: tuple[list[str], list[str]] = ([], [])  # ordinary words: kept, names
    extra: tuple[list[str], list[str]] = ([], [])  # capital-machine n-grams: kept, names
    open_end = [False, False]  # the text's last word (no space after it) ends this run
    first = True
    for k, word in enumerate(words):
        if not word:
            continue
        side = 1 if skip_names and not first and word[0].isupper() else 0
        if not side:
            first = False
        if len(word) > 1 and not word[1:].islower() and _has_upper_pair(word):
            _capital_grams(word, extra[side], k != last)
        else:
            runs[side].append(word)
            if k == last:
                open_end[side] = True
    strings = [_joined(runs[0], open_end[0])] if runs[0] else []
    grams = extra[0]
    # Per word of L letters: L + (L + 1) + L n-grams, two fewer when no space follows it.
    kept = 3 * sum(map(len, runs[0])) + len(runs[0]) - (2 if open_end[0] else 0) + len(grams)
    if (runs[1] or extra[1]) and kept < name_floor:
        if runs[1]:
            strings.append(_joined(runs[1], open_end[1]))
        grams = grams + extra[1]
    return strings, grams


def _joined(words: list[str], open_end: bool) -> str:
    return " " + " ".join(words) + ("" if open_end else " ")


def _has_upper_pair(word: str) -> bool:
    """Two upper-case letters in a row (rare: only checked when a word has any capital)."""
    return any(a.isupper() and b.isupper() for a, b in pairwise(word))


# Fixed point: weights are stored as round(w * SCALE) in FIELD_BITS-bit fields. A weight is at
# most log1p(1 / _SMOOTHING) ~ 12.7 nats (< 2**20 units), so a sum of CHUNK n-grams cannot
# overflow a field; longer texts are summed chunk by chunk. The rounding error (under 2**-17
# nat per n-gram) is far below any margin the detector uses. Fields are as narrow as that
# allows because a big-int addition costs time in proportion to its width.
SCALE = 1 << 16
FIELD_BITS = 32
CHUNK = 4096
_FIELD_MASK = (1 << FIELD_BITS) - 1
_TYPECODE = next(t for t in "ILQ" if array(t).itemsize * 8 == FIELD_BITS)
_BIG_ENDIAN = sys.byteorder == "big"


def _unpack(total: int, fields: int) -> array[int]:
    """The ``fields`` FIELD_BITS-bit fields of ``total``, lowest first."""
    out = array(_TYPECODE, total.to_bytes(fields * FIELD_BITS // 8, "little"))
    if _BIG_ENDIAN:
        out.byteswap()
    return out


# Slice objects for the windows of a string of up to _MAX_CUT characters: map() over them
# does the slicing in C.
_MAX_CUT = 4096
_CUTS = {n: [slice(i, i + n) for i in range(_MAX_CUT)] for n in (2, 3)}


def _run_grams(run: str) -> Iterator[str]:
    """Every 1-3-character window of ``run``."""
    return chain(run, _cut(run, 2), _cut(run, 3))


def _cut(run: str, n: int) -> Iterator[str]:
    """Every ``n``-character window of ``run``."""
    count = len(run) - n + 1
    if count <= _MAX_CUT:
        return map(run.__getitem__, islice(_CUTS[n], max(count, 0)))
    return (run[i : i + n] for i in range(count))


@dataclass(frozen=True)
class SystemModel:
    """The profiles of one writing system, as one packed integer per n-gram.

    Split by writing system because a sentence is only ever scored among the languages of its
    own script: a Cyrillic n-gram is no key of the Latin table, and a sum carries a dozen
    fields instead of sixty.

    Each n-gram maps to one Python int holding, in FIELD_BITS-bit fields, its fixed-point
    weight log((p + s) / s) under every profile (0 where a profile lacks it), and in the field
    above them a 1 that counts it as known. Summing the ints of a text's n-grams sums every
    language's log-likelihood at once: one C-level big-int addition per n-gram (``sum(map(
    table.get, ...))``), no Python loop over languages and no numpy. Weights are >= 0 and no
    chunk fills a field (see SCALE), so fields never carry into each other.
    """

    profiles: tuple[str, ...]  # profile names as langdetect spells them (zh-cn, zh-tw)
    table: dict[str, int]  # n-gram -> packed weights; an n-gram no profile knows is absent
    # Profiles that also have word weights: the NTREX languages, whose news words the build
    # script counted. ``words`` maps WORD_MARK + word to packed weights like ``table`` (no
    # "known" field); read from the packed model on first use only, since most texts never
    # need it (a long text leads by far more than WORD_STAGE).
    word_profiles: frozenset[str] = frozenset()
    word_source: dict[str, int] | Callable[[], dict[str, int]] = field(default_factory=dict)
    # A non-Latin system's text scores without its Latin letters, whatever their share: they
    # are names and brands ("Astana Hub базасында", "RocketFest"), not evidence for one
    # language of the system. langdetect keeps them while they are over a third of the
    # letters, and its Wikipedia profiles (ru, uk, bg…) learned Latin n-grams while Sverka's
    # news profiles (kk, ky, sr…) dropped them: a Kazakh headline naming a brand scored Russian.
    drop_latin: bool = False

    @cached_property
    def words(self) -> dict[str, int]:
        source = self.word_source
        return source if isinstance(source, dict) else source()

    def words_in(self, text: str) -> list[str]:
        """``text``'s words as word_scores and ending_scores look them up (at most WORD_CAP)."""
        return list(islice(words_of(text, drop_latin=self.drop_latin), WORD_CAP))

    def word_scores(self, text: str, columns: Sequence[int] | None, words: list[str] | None = None) -> list[float]:
        """The word evidence of ``text`` under each of ``columns`` (0 for profiles without
        word weights): the sum of each word's log((p + s) / s), times WORD_WEIGHT.
        ``words``: ``words_in(text)``, when the caller has it already."""
        # At most WORD_CAP words: their weights (< 11 nats each) cannot fill a field.
        found = self.words_in(text) if words is None else words
        return self._word_fields([WORD_MARK + w for w in found], columns)

    def ending_scores(self, text: str, columns: Sequence[int] | None, words: list[str] | None = None) -> list[float]:
        """The word-ending evidence of ``text`` under each of ``columns`` (0 for profiles
        without ending counts, see ENDING_LANGUAGES): the sum of each ending's weight."""
        # At most WORD_CAP endings: their weights (< 11 nats each) cannot fill a field.
        return self._word_fields(endings_of(self.words_in(text) if words is None else words), columns)

    def _word_fields(self, keys: list[str], columns: Sequence[int] | None) -> list[float]:
        width = len(self.profiles) + 1
        total = sum(map(self.words.get, keys, repeat(0)))
        fields = _unpack(total, width)[:-1]
        values = fields if columns is None else [fields[c] for c in columns]
        return [v / SCALE for v in values]

    def scores(
        self, text: str, columns: Sequence[int] | None, name_floor: int | None = None
    ) -> tuple[list[float], int]:
        """Log-likelihood (up to a shared constant) of ``text`` under each of ``columns``.

        Capitalised words after the first count only while fewer than ``name_floor`` n-grams
        remain without them (None: NAME_FLOOR; 0: never, the first word always counts).

        Also returns the number of n-grams that some profile knows (0: no evidence at all).
        """
        strings, grams = windows(
            text,
            skip_names=True,
            drop_latin=self.drop_latin,
            name_floor=NAME_FLOOR if name_floor is None else name_floor,
        )
        width = len(self.profiles) + 1
        if len(grams) + 3 * sum(map(len, strings)) > CHUNK:
            return self.score_grams(grams + [g for run in strings for g in _run_grams(run)], columns)
        get = self.table.get
        total = sum(map(get, grams, repeat(0)))
        for run in strings:
            # A letter recurs often in a run: each distinct one is looked up once, its weight
            # multiplied by its count.
            letters = Counter(run)
            total += sum(map(mul, map(get, letters, repeat(0)), letters.values()))
            total += sum(map(get, chain(_cut(run, 2), _cut(run, 3)), repeat(0)))
        return self._select(_unpack(total, width), columns)

    def score_grams(self, grams: Sequence[str], columns: Sequence[int] | None) -> tuple[list[float], int]:
        """``scores`` of n-grams already extracted."""
        width = len(self.profiles) + 1
        get = self.table.get
        if len(grams) <= CHUNK:
            return self._select(_unpack(sum(map(get, grams, repeat(0))), width), columns)
        acc = [0] * width
        for start in range(0, len(grams), CHUNK):
            part = _unpack(sum(map(get, grams[start : start + CHUNK], repeat(0))), width)
            acc = [a + b for a, b in zip(acc, part, strict=True)]
        return self._select(acc, columns)

    @staticmethod
    def _select(fields: Sequence[int], columns: Sequence[int] | None) -> tuple[list[float], int]:
        known = fields[-1]
        if columns is None:
            values: Sequence[int] = fields[:-1]
        else:
            values = [fields[c] for c in columns]
        if not known:
            return [0.0] * len(values), 0
        return [v / SCALE for v in values], int(known)

    def columns(self, profiles: Sequence[str]) -> list[int] | None:
        """Column indices of ``profiles`` (None: all of them, in order, the fastest case)."""
        if tuple(profiles) == self.profiles:
            return None
        index = {p: i for i, p in enumerate(self.profiles)}
        return [index[p] for p in profiles]

    def weight(self, gram: str, profile: str) -> float:
        """One n-gram's weight under one profile (0.0: the profile lacks it, or none knows it)."""
        column = self.profiles.index(profile)
        return ((self.table.get(gram, 0) >> (column * FIELD_BITS)) & _FIELD_MASK) / SCALE


class NgramModel:
    """Every profile, grouped by the writing system of its language.

    ``profile_names`` is known at once; a system's table (``systems[name]``) is built on first
    use, so a Cyrillic-only session never unpacks the Latin table, nor Hangul's.
    """

    def __init__(
        self,
        profile_names: dict[str, tuple[str, ...]],
        systems: dict[str, SystemModel] | None = None,
        unpacked: Unpacked | None = None,
        word_profiles: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.profile_names = profile_names
        self.word_profiles = word_profiles or {}
        self.systems: Mapping[str, SystemModel] = _Systems(profile_names, systems or {}, unpacked, self.word_profiles)

    def profiles(self, system: str) -> tuple[str, ...]:
        return self.profile_names.get(system, ())


class _Systems(Mapping[str, SystemModel]):
    """Writing system -> SystemModel, unpacked on first access (under a lock)."""

    def __init__(
        self,
        names: dict[str, tuple[str, ...]],
        ready: dict[str, SystemModel],
        unpacked: Unpacked | None,
        word_profiles: dict[str, frozenset[str]],
    ) -> None:
        self._names = names
        self._word_profiles = word_profiles
        self._ready = dict(ready)
        self._unpacked = unpacked
        self._lock = threading.Lock()

    def __getitem__(self, system: str) -> SystemModel:
        found = self._ready.get(system)
        if found is not None:
            return found
        if system not in self._names or self._unpacked is None:
            raise KeyError(system)
        with self._lock:
            found = self._ready.get(system)
            if found is None:
                table = self._unpacked.table(system)
                profiles = self._word_profiles.get(system, frozenset())
                words = partial(self._unpacked.table, system + WORDS_SECTION) if profiles else dict
                found = self._ready[system] = SystemModel(
                    self._names[system], table, profiles, words, drop_latin=system != "latin"
                )
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, system: object) -> bool:
        return system in self._names


def profile_texts(ours: Iterable[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """(name, JSON text) of langdetect's shipped profiles, then Sverka's (the build input):
    resources/langid/profiles, or ``ours`` instead."""
    out = []
    shipped = resources.files("langdetect") / "profiles"
    for node in sorted(shipped.iterdir(), key=lambda n: n.name):
        if node.is_file():
            out.append((node.name, node.read_text(encoding="utf-8")))
    if ours is not None:
        return out + list(ours)
    folder = resource("langid/profiles")
    for node in sorted(folder.iterdir(), key=lambda n: n.name):
        if node.is_file() and not node.name.startswith("."):
            out.append((node.name, node.read_text(encoding="utf-8")))
    return out


def _probabilities(data: dict[str, object]) -> dict[str, float]:
    n_words = data["n_words"]
    freq = data["freq"]
    assert isinstance(n_words, list) and isinstance(freq, dict)
    out = {}
    for gram, count in freq.items():
        length = len(gram)
        if 1 <= length <= 3 and n_words[length - 1]:
            out[gram] = count / n_words[length - 1]
    return out


def word_texts() -> list[tuple[str, str]]:
    """(name, JSON text) of the word counts in resources/langid/words (the build input)."""
    folder = resource("langid/words")
    return [
        (node.name, node.read_text(encoding="utf-8"))
        for node in sorted(folder.iterdir(), key=lambda n: n.name)
        if node.is_file() and not node.name.startswith(".")
    ]


def _word_weights(
    counts: dict[str, int], tokens: int, word_weight: float, min_count: int, endings: bool
) -> dict[str, float]:
    """Key -> weight (nats) of one language's counted words and, with ``endings``, of their
    endings (ENDING_MARK keys, see ENDING_LANGUAGES)."""
    out = {
        WORD_MARK + word: word_weight * math.log1p(count / tokens / WORD_SMOOTHING)
        for word, count in counts.items()
        if count >= min_count
    }
    if endings:
        ending_counts: Counter[str] = Counter()
        for word, count in counts.items():
            for key in endings_of((word,)):
                ending_counts[key] += count
        for key, count in sorted(ending_counts.items()):
            out[key] = math.log1p(count / tokens / WORD_SMOOTHING)
    return out


def build_model(
    texts: Iterable[tuple[str, str]],
    words: Iterable[tuple[str, str]] = (),
    word_weight: float = WORD_WEIGHT,
    word_min_count: int = 1,
) -> NgramModel:
    """The model of profiles given as (name, langdetect JSON) pairs (``profile_texts()``),
    with the word counts ``words`` ((name, JSON) pairs, ``word_texts()``).

    A language with a shipped profile and one of Sverka's (built from news, for the
    languages of the region) gets the mean of the two distributions.
    """
    from sverka.core.scripts import writing_systems_of_language

    merged: dict[str, dict[str, float]] = {}
    seen: dict[str, int] = {}
    for name, raw in texts:
        probs = _probabilities(json.loads(raw))
        if name not in merged:
            merged[name] = probs
            seen[name] = 1
            continue
        old = merged[name]
        k = seen[name]
        for gram in old.keys() | probs.keys():
            old[gram] = (old.get(gram, 0.0) * k + probs.get(gram, 0.0)) / (k + 1)
        seen[name] = k + 1
    by_system: dict[str, list[str]] = {}
    for name in merged:
        code = "zh" if name.startswith("zh") else name
        for system in writing_systems_of_language(code):
            by_system.setdefault(system, []).append(name)
    counted: dict[str, tuple[int, dict[str, int]]] = {}
    for name, raw in words:
        data = json.loads(raw)
        counted[name] = (int(data["tokens"]), data["words"])
    systems = {}
    for system, names in by_system.items():
        table: dict[str, int] = {}
        word_table: dict[str, int] = {}
        known = 1 << (len(names) * FIELD_BITS)
        for column, name in enumerate(names):
            shift = column * FIELD_BITS
            for gram, prob in merged[name].items():
                units = int(math.log1p(prob / _SMOOTHING) * SCALE + 0.5)
                table[gram] = table.get(gram, known) + (units << shift)
            if name in counted and word_weight:
                tokens, counts = counted[name]
                weights = _word_weights(counts, tokens, word_weight, word_min_count, name in ENDING_LANGUAGES)
                for key, weight in weights.items():
                    word_table[key] = word_table.get(key, 0) + (int(weight * SCALE + 0.5) << shift)
        with_words = frozenset(n for n in names if n in counted) if word_table else frozenset()
        systems[system] = SystemModel(tuple(names), table, with_words, word_table, drop_latin=system != "latin")
    return NgramModel(
        {name: sub.profiles for name, sub in systems.items()},
        systems,
        word_profiles={name: sub.word_profiles for name, sub in systems.items()},
    )


PACKED = "langid/model.bin"
# The packed model keeps a system's word weights in a section of their own, read on first use.
WORDS_SECTION = "/words"


def pack_model(built: NgramModel, norm: _Normaliser | None = None) -> bytes:
    """The bytes of resources/langid/model.bin for ``built`` (and langdetect's normaliser)."""
    from sverka.core.langid_pack import pack

    norm = norm or _Normaliser.from_langdetect()
    systems = {}
    for name, sub in built.systems.items():
        systems[name] = (sub.profiles, sub.table, tuple(sorted(sub.word_profiles)))
        if sub.word_profiles:
            systems[name + WORDS_SECTION] = (sub.profiles, sub.words, ())
    return pack((norm.blank_class, norm.keys, norm.values, norm.other_class, systems), FIELD_BITS)


def unpack_model(data: bytes) -> tuple[_Normaliser, NgramModel]:
    from sverka.core.langid_pack import Unpacked

    unpacked = Unpacked(data, FIELD_BITS)
    norm = _Normaliser(unpacked.blank, unpacked.keys, unpacked.values, unpacked.other_class)
    names = {name: found for name, found in unpacked.profiles.items() if not name.endswith(WORDS_SECTION)}
    words = {name: frozenset(unpacked.word_profiles[name]) for name in names}
    return norm, NgramModel(names, unpacked=unpacked, word_profiles=words)


_normaliser: _Normaliser | None = None
_model: NgramModel | None = None
_model_lock = threading.Lock()


def _norm() -> _Normaliser:
    if _normaliser is None:
        _load_packed()
    assert _normaliser is not None
    return _normaliser


def _load_packed() -> None:
    """Read resources/langid/model.bin once (under a lock: threads never race to read it)."""
    global _normaliser, _model
    with _model_lock:
        if _model is None:
            norm, built = unpack_model(resource(PACKED).read_bytes())
            _normaliser, _model = norm, built


def use_langdetect_normaliser() -> None:
    """Normalise with langdetect's NGram.normalize itself (asked once per character), not the
    packed copy: for the build script, which writes that copy."""
    global _normaliser
    with _model_lock:
        _normaliser = _Normaliser.from_langdetect()


def use_model(built: NgramModel | None) -> None:
    """Score with ``built`` instead of the shipped model from now on (None: the shipped one
    again). For the build script and the tuning harness, which build models in memory."""
    global _model, _normaliser
    with _model_lock:
        if built is not None and _normaliser is None:
            _normaliser = _Normaliser.from_langdetect()
        _model = built


def model() -> NgramModel:
    """The one shared model, read on first use from the packed resource."""
    if _model is None:
        _load_packed()
    assert _model is not None
    return _model
