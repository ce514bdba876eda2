"""The bundled gazetteer: known places, people and organisations with their spellings.

Data lives in ``resources/gazetteer/*.toml`` (one ``[[entity]]`` table per entity with
English, Russian, Kazakh Cyrillic and Kazakh Latin spellings, former names, a kind and a
source; ``[[distinct]]`` tables list pairs that must never merge). This module loads it
and builds a word-level index of every spelling *and its case forms*, so a surface such
as "Алма-Аты", "Тоқаевтың" or "Касыма-Жомарта Токаева" is looked up without stemming.
"""

from __future__ import annotations

import itertools
import tomllib
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sverka.core.names.inflect import EXACT, KK, RU, RU_AMBIGUOUS, form_keys
from sverka.core.names.keys import is_cyrillic, word_key, words
from sverka.paths import resource

LANGS = ("en", "ru", "kk", "kk_latn")
KINDS = ("place", "person", "organisation", "other")
GAZETTEER_FILES = ("places.toml", "people.toml", "organisations.toml")
_MAX_PRODUCT = 64  # readings per span; real names stay far below


class GazetteerError(ValueError):
    """The gazetteer data is malformed (bad kind, unknown id in a pair, …)."""


@dataclass(frozen=True)
class Entity:
    """One gazetteer entity. ``spellings[lang][0]`` is the preferred form in ``lang``."""

    id: str
    kind: str
    canonical: str
    spellings: dict[str, tuple[str, ...]]
    former: tuple[str, ...] = ()
    gender: str | None = None
    type: str | None = None
    within: tuple[str, ...] = ()
    source: str = ""

    @property
    def entity_id(self) -> str:
        """The stable id used outside the gazetteer ("gaz:almaty")."""
        return f"gaz:{self.id}"

    def all_spellings(self) -> list[str]:
        """Every spelling written in the data, in every language, former names last."""
        out = [s for lang in LANGS for s in self.spellings.get(lang, ())]
        return out + list(self.former)


@dataclass(frozen=True)
class Reading:
    """One way to read a sequence of words as a gazetteer entity."""

    entity: Entity
    exact: int  # words matched in their written (nominative) form
    tags: frozenset[str] = field(default_factory=frozenset)
    generated: bool = False  # matched a derived variant (surname alone, initials)


def _person_derived(spelling: str) -> list[str]:
    """Surname alone and initials + surname ("К.-Ж. Токаев") for a full person name."""
    ws = words(spelling)
    if len(ws) < 2:
        return []
    initials = " ".join(w[0] + "." for w in ws[:-1])
    return [ws[-1], f"{initials} {ws[-1]}"]


_READINGS_KEPT = 200_000
_NO_READINGS: frozenset[tuple[str, str]] = frozenset()  # shared: most words name nothing


class Gazetteer:
    """Entities plus the lookup index; build with :func:`load_gazetteer`."""

    def __init__(
        self,
        entities: Iterable[Entity],
        distinct: Iterable[tuple[str, str]] = (),
        prefer: dict[frozenset[str], str] | None = None,
        surname_alone: Iterable[str] = (),
        *,
        looked_up: Collection[str] | None = None,
    ) -> None:
        """``looked_up``: when given, the only word keys this gazetteer will be asked about
        (a throwaway index, like clustering's of unknown names): case forms with other keys
        are never indexed, which would be most of building it."""
        self.entities: dict[str, Entity] = {}
        for e in entities:
            if e.id in self.entities:
                raise GazetteerError(f"duplicate gazetteer id: {e.id}")
            if e.kind not in KINDS:
                raise GazetteerError(f"{e.id}: unknown kind {e.kind!r}")
            self.entities[e.id] = e
        self.distinct: set[frozenset[str]] = set()
        for a, b in distinct:
            self._add_distinct(a, b)
        for e in self.entities.values():
            for region in e.within:  # a city is never its region
                self._add_distinct(e.id, region)
        self.prefer = dict(prefer or {})
        self._surfaces: set[str] = set()  # written words, for generating case forms
        self._variants: dict[tuple[str, ...], list[tuple[str, bool]]] = defaultdict(list)
        self._forms: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.vocabulary: set[str] = set()
        self.max_words = 1
        self._looked_up = looked_up
        self._index(set(surname_alone))
        # (word, lang) -> its readings: the matcher asks for every token of every sentence,
        # and news repeats its words; the index is complete here, so entries never go stale.
        self._readings: dict[tuple[str, str | None], frozenset[tuple[str, str]]] = {}

    # -- building -------------------------------------------------------------------
    def _index(self, no_surname: set[str]) -> None:
        derived: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for e in self.entities.values():
            for spelling in e.all_spellings():
                self._add_variant(spelling, e.id, generated=False)
                if e.kind == "person" and e.id not in no_surname:
                    for extra in _person_derived(spelling):
                        derived[self._tuple(extra)].add(e.id)
        for key, ids in derived.items():
            # A derived form two people share ("Назарбаев") names neither of them.
            if len(ids) == 1 and key not in self._variants:
                self._variants[key].append((next(iter(ids)), True))
                self.vocabulary.update(key)
        wanted = self._looked_up
        for surface in self._surfaces:
            lemma = word_key(surface)
            for k, tag in form_keys(surface):
                if wanted is None or k in wanted:
                    self._forms[k].add((lemma, tag))

    def _add_distinct(self, a: str, b: str) -> None:
        for x in (a, b):
            if x not in self.entities:
                raise GazetteerError(f"distinct pair names an unknown id: {x}")
        self.distinct.add(frozenset((a, b)))

    @staticmethod
    def _tuple(spelling: str) -> tuple[str, ...]:
        return tuple(sorted({k for k in map(word_key, words(spelling)) if k}))

    def _add_variant(self, spelling: str, entity_id: str, *, generated: bool) -> None:
        ws = words(spelling)
        key = tuple(sorted({k for k in map(word_key, ws) if k}))
        if not key:
            raise GazetteerError(f"{entity_id}: spelling without letters: {spelling!r}")
        if all(eid != entity_id for eid, _ in self._variants[key]):
            self._variants[key].append((entity_id, generated))
        self.vocabulary.update(key)
        self.max_words = max(self.max_words, len(ws))
        self._surfaces.update(ws)

    # -- lookup ---------------------------------------------------------------------
    def variant_keys(self) -> dict[tuple[str, ...], list[str]]:
        """Every variant key (sorted word keys) with the entity ids it names."""
        return {k: [eid for eid, _ in v] for k, v in self._variants.items()}

    def word_readings(self, word: str, lang: str | None = None) -> frozenset[tuple[str, str]]:
        """(lemma word key, tag) readings of one surface word; empty when unknown.

        Russian case forms are read only on Cyrillic words in Russian (or unknown-language)
        text; Kazakh suffixes only in Kazakh (or unknown-language) text.
        """
        found = self._readings.get((word, lang))
        if found is None:
            if len(self._readings) >= _READINGS_KEPT:
                self._readings.clear()  # a bound on memory over a huge import, not an LRU
            found = self._readings[word, lang] = frozenset(self._read_word(word, lang)) or _NO_READINGS
        return found

    def _read_word(self, word: str, lang: str | None) -> set[tuple[str, str]]:
        key = word_key(word)
        out: set[tuple[str, str]] = set()
        if key in self.vocabulary:
            out.add((key, EXACT))
        ru_ok = lang in (None, "ru") and is_cyrillic(word)
        kk_ok = lang in (None, "kk")
        for lemma, tag in self._forms.get(key, ()):
            if (tag == KK and kk_ok) or (tag in (RU, RU_AMBIGUOUS) and ru_ok):
                out.add((lemma, tag))
        return out

    def lookup_words(self, ws: Sequence[str], lang: str | None = None) -> list[Reading]:
        """All readings of the whole word sequence ``ws`` as one gazetteer spelling."""
        per_word = [sorted(self.word_readings(w, lang)) for w in ws]
        if not ws or any(not r for r in per_word):
            return []
        best: dict[str, Reading] = {}
        for combo in itertools.islice(itertools.product(*per_word), _MAX_PRODUCT):
            key = tuple(sorted({lemma for lemma, _ in combo}))
            tags = frozenset(tag for _, tag in combo)
            exact = sum(1 for _, tag in combo if tag == EXACT)
            for eid, generated in self._variants.get(key, ()):
                r = Reading(self.entities[eid], exact, tags, generated)
                old = best.get(eid)
                if old is None or (r.exact, not r.generated) > (old.exact, not old.generated):
                    best[eid] = r
                elif (r.exact, r.generated) == (old.exact, old.generated):
                    # Equal readings: keep every tag ("Марата" is Russian or Kazakh).
                    best[eid] = Reading(old.entity, old.exact, old.tags | r.tags, old.generated)
        return list(best.values())

    def choose(self, readings: Sequence[Reading], gender: str | None = None) -> Reading | None:
        """The reading to use, or None when the choice is a coin toss.

        Order: agreement with a grammatical gender cue from the context; the data's
        declared preference for an ambiguous pair ("Назарбаева" alone is his genitive
        far more often than her nominative in news); written form over inflected;
        explicit spellings over derived ones.
        """
        if not readings:
            return None
        pool = list(readings)
        if gender and len(pool) > 1:
            agreeing = [r for r in pool if r.entity.gender in (gender, None)]
            pool = agreeing or pool
        if len(pool) > 1:
            ids = frozenset(r.entity.id for r in pool)
            for pair, winner in self.prefer.items():
                if pair <= ids:
                    pool = [r for r in pool if r.entity.id == winner or r.entity.id not in pair]
        pool.sort(key=lambda r: (-r.exact, r.generated))
        if len(pool) > 1 and (pool[0].exact, pool[0].generated) == (pool[1].exact, pool[1].generated):
            return None
        return pool[0]

    def is_distinct(self, a: str, b: str) -> bool:
        """True when the data says entities ``a`` and ``b`` (plain ids) must never merge."""
        return frozenset((a, b)) in self.distinct


def _entity(raw: dict[str, object], origin: str) -> Entity:
    def strings(name: str) -> tuple[str, ...]:
        value = raw.get(name, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise GazetteerError(f"{origin}: {raw.get('id')}: {name} must be a list of strings")
        return tuple(value)

    eid = raw.get("id")
    if not isinstance(eid, str) or not eid:
        raise GazetteerError(f"{origin}: an entity has no id")
    spellings = {lang: strings(lang) for lang in LANGS if strings(lang)}
    if "en" not in spellings:
        raise GazetteerError(f"{origin}: {eid}: needs at least one English spelling")
    return Entity(
        id=eid,
        kind=str(raw.get("kind", "")),
        canonical=spellings["en"][0],
        spellings=spellings,
        former=strings("former"),
        gender=str(raw["gender"]) if "gender" in raw else None,
        type=str(raw["type"]) if "type" in raw else None,
        within=strings("in"),
        source=str(raw.get("source", "")),
    )


def parse_gazetteer(documents: Iterable[tuple[str, str]]) -> Gazetteer:
    """Build a gazetteer from (origin, TOML text) pairs."""
    entities: list[Entity] = []
    distinct: list[tuple[str, str]] = []
    prefer: dict[frozenset[str], str] = {}
    no_surname: list[str] = []
    for origin, text in documents:
        data = tomllib.loads(text)
        for raw in data.get("entity", []):
            entities.append(_entity(raw, origin))
            if raw.get("surname_alone") is False:
                no_surname.append(raw["id"])
        for raw in data.get("distinct", []):
            pair = raw.get("ids", [])
            if len(pair) != 2:
                raise GazetteerError(f"{origin}: a distinct pair needs two ids: {pair}")
            distinct.append((pair[0], pair[1]))
            if "prefer" in raw:
                prefer[frozenset(pair)] = raw["prefer"]
    return Gazetteer(entities, distinct, prefer, no_surname)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer (built once per process, ~0.2 s)."""
    folder = resource("gazetteer")
    docs = [(name, (folder / name).read_text(encoding="utf-8")) for name in GAZETTEER_FILES]
    return parse_gazetteer(docs)
