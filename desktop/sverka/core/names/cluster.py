"""Clustering names into entities, each with a canonical name, a kind and a stable id.

A name goes, in order of trust, to:

1. a gazetteer entity, read in any spelling, script or case form ("gaz:almaty");
2. a gazetteer entity by a near-miss spelling (rapidfuzz), when one entity clearly wins;
3. otherwise a cluster of the unknown names among themselves ("adhoc:<key>"): same key,
   then Russian/Kazakh case forms of each other, then near-miss spellings.

Near misses may fix letters inside a word ("Tokaiev", "Babakoumarov") but never its
ending: endings carry case and gender, and "Nazarbayev"/"Nazarbayeva" or "Uralsk"/
"Ural" differ only there. Two gazetteer entities are never merged here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from sverka.core.names.gazetteer import Entity, Gazetteer, load_gazetteer
from sverka.core.names.inflect import RU, RU_AMBIGUOUS
from sverka.core.names.keys import is_cyrillic, name_key, word_key, words
from sverka.core.names.kinds import guess_kind, is_stopword

FUZZY_CUTOFF = 88.0  # rapidfuzz ratio on keys; below it spellings are different names
FUZZY_MARGIN = 4.0  # a near miss must beat the runner-up entity by this much
MIN_FUZZY_LEN = 6  # shorter keys ("aktau"/"aktoe") are too close to call
# A near miss between two unknown names merges only when one is this many times rarer:
# a typo is rare next to the spelling it misses; two real names are both common.
TYPO_RATIO = 3


@dataclass(frozen=True)
class ClusterResult:
    """Where one input name went. ``how``: gazetteer | inflected | fuzzy | adhoc."""

    name: str
    canonical: str
    entity_id: str
    kind: str
    how: str
    alternatives: tuple[str, ...] = ()


def ending_only(a: str, b: str) -> bool:
    """True when keys ``a`` and ``b`` differ only in the last two letters of some word
    (or one word extends the other): a case or gender ending, not a spelling slip."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        common = 0
        for cx, cy in zip(x, y, strict=False):
            if cx != cy:
                break
            common += 1
        if common >= min(len(x), len(y)) - 2:
            return True
    return False


def near_miss(a: str, b: str, score: float) -> bool:
    """The guards every fuzzy merge passes (same word count, long enough, not an ending)."""
    if score < FUZZY_CUTOFF or len(a.replace(" ", "")) < MIN_FUZZY_LEN:
        return False
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or ending_only(a, b):
        return False
    # Each differing word must itself be a near miss: "Marat X" and "Murat X" are two
    # people although the whole strings score high.
    return all(
        x == y or (min(len(x), len(y)) >= MIN_FUZZY_LEN - 1 and fuzz.ratio(x, y) >= FUZZY_CUTOFF)
        for x, y in zip(wa, wb, strict=True)
    )


@lru_cache(maxsize=100_000)
def one_slip(a: str, b: str) -> bool:
    """True when keys ``a`` and ``b`` differ by one typing slip (insert, delete, change or
    swap of one letter) in one word. Between two names of unknown people a larger gap
    is more often a different name (Нурманов/Нуржанбаев) than a typo."""
    diffs = [(x, y) for x, y in zip(a.split(), b.split(), strict=True) if x != y]
    return len(diffs) == 1 and OSA.distance(*diffs[0]) <= 1


def _name_words(name: str) -> tuple[str, ...]:
    """Words of a name without leading titles ("President Tokayev" -> "Tokayev")."""
    ws = words(name)
    while len(ws) > 1 and len(ws[0]) > 1 and is_stopword(ws[0]):  # "К." is an initial
        ws = ws[1:]
    return tuple(ws)


class _FuzzyIndex:
    """Gazetteer variant keys blocked by (word count, first letter) for rapidfuzz."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.blocks: dict[tuple[int, str], list[tuple[str, list[str]]]] = defaultdict(list)
        for key, ids in gaz.variant_keys().items():
            text = " ".join(key)
            self.blocks[(len(key), text[:1])].append((text, ids))

    def best(self, key: str, gaz: Gazetteer) -> Entity | None:
        block = self.blocks.get((len(key.split()), key[:1]), [])
        hits = process.extract(
            key, [t for t, _ in block], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF - FUZZY_MARGIN, limit=8
        )
        per_entity: dict[str, float] = {}
        for text, score, idx in hits:
            if not near_miss(key, text, score) and score >= FUZZY_CUTOFF:
                return None  # an ending away from a known spelling: not ours to guess
            for eid in block[idx][1]:
                per_entity[eid] = max(per_entity.get(eid, 0.0), score)
        ranked = sorted(per_entity.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < FUZZY_CUTOFF:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MARGIN:
            return None
        return gaz.entities[ranked[0][0]]


def _resolve(
    name: str, gaz: Gazetteer, fuzzy: _FuzzyIndex, lang: str | None
) -> tuple[Entity, str, tuple[str, ...]] | None:
    ws = _name_words(name)
    readings = gaz.lookup_words(ws, lang)
    chosen = gaz.choose(readings)
    if chosen is not None:
        how = "gazetteer" if chosen.exact == len(ws) else "inflected"
        alts = tuple(sorted(r.entity.entity_id for r in readings if r is not chosen))
        return chosen.entity, how, alts
    if readings:  # a tie between entities: leave it to the annotator
        return None
    key = name_key(" ".join(ws))
    entity = fuzzy.best(key, gaz) if key else None
    return (entity, "fuzzy", ()) if entity is not None else None


def _unambiguous(tags: frozenset[str]) -> bool:
    """Whether a case reading of an unknown name may merge it: "Куспанова" alone may be
    a woman's nominative, but "Ерлана Куспанова" shows the genitive on the first name."""
    return RU_AMBIGUOUS not in tags or RU in tags


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {x: x for x in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, child: str, root: str) -> None:
        a, b = self.find(child), self.find(root)
        if a != b:
            self.parent[a] = b


def _cluster_unknown(names: Sequence[str], counts: Counter[str], lang: str | None) -> tuple[dict[str, str], set[str]]:
    """Group unknown names: name -> group key, plus the names read as inflected forms."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for n in names:
        by_key[name_key(" ".join(_name_words(n))) or n].append(n)
    uf = _UnionFind(by_key)
    inflected: set[str] = set()
    # Case forms of each other: index every group as if it were a gazetteer entity. Only
    # these names' words are looked up there, so only their keys' case forms are indexed.
    asked = [n for members in by_key.values() for n in members if is_cyrillic(n) or lang == "kk"]
    pseudo = Gazetteer(
        (Entity(id=k, kind="other", canonical=v[0], spellings={"en": tuple(v)}) for k, v in by_key.items()),
        looked_up={word_key(w) for n in asked for w in _name_words(n)},
    )
    for key, members in by_key.items():
        for n in members:
            if not is_cyrillic(n) and lang != "kk":
                continue
            others = {
                r.entity.id
                for r in pseudo.lookup_words(_name_words(n), lang)
                if r.entity.id != key and r.exact < len(_name_words(n)) and _unambiguous(r.tags)
            }
            # Unknown forms are indexed as nominatives too ("Ивановой" would decline
            # like an adjective), so the shortest lemma is the real nominative.
            ranked = sorted(others, key=lambda k: (len(k), k))
            if ranked and (len(ranked) == 1 or len(ranked[0]) < len(ranked[1])):
                uf.union(key, ranked[0])
                inflected.add(n)
    # Near-miss spellings, blocked by the first letter of every word (OpenRefine-style
    # blocking: a slip in a first letter is missed, but blocks stay small).
    size: Counter[str] = Counter()
    for key, group in by_key.items():
        size[uf.find(key)] += sum(counts[n] for n in group)
    blocks: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in by_key:
        if len(key.replace(" ", "")) >= MIN_FUZZY_LEN:
            blocks[tuple(w[0] for w in key.split())].append(key)
    for block in blocks.values():
        for i, key in enumerate(block[:-1]):
            for other, score, _ in process.extract(
                key, block[i + 1 :], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
            ):
                a, b = uf.find(key), uf.find(other)
                if (
                    a != b
                    and near_miss(key, other, score)
                    and one_slip(key, other)
                    and max(size[a], size[b]) >= TYPO_RATIO * min(size[a], size[b])
                ):
                    root, child = (a, b) if size[a] >= size[b] else (b, a)
                    uf.union(child, root)
                    size[root] += size.pop(child)
    return {n: uf.find(k) for k, v in by_key.items() for n in v}, inflected


def cluster_names(
    names: Iterable[str], gazetteer: Gazetteer | None = None, *, lang: str | None = None, canonical_lang: str = "en"
) -> list[ClusterResult]:
    """Cluster ``names`` into entities; one result per input name, in input order.

    Gazetteer entities get ids like "gaz:almaty" and their preferred spelling in
    ``canonical_lang`` as canonical name; unknown names are clustered among themselves
    and get "adhoc:<key>" with their most frequent uninflected spelling as canonical.
    ``lang`` ("ru", "kk", "en") narrows which case endings are read; None allows all.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    names = list(names)
    counts = Counter(names)
    fuzzy = _FuzzyIndex(gaz)
    resolved: dict[str, ClusterResult] = {}
    unknown: list[str] = []
    for n in counts:
        hit = _resolve(n, gaz, fuzzy, lang)
        if hit is None:
            unknown.append(n)
            continue
        entity, how, alts = hit
        canonical = entity.spellings.get(canonical_lang, (entity.canonical,))[0]
        resolved[n] = ClusterResult(n, canonical, entity.entity_id, entity.kind, how, alts)
    groups, inflected = _cluster_unknown(unknown, counts, lang)
    members: dict[str, list[str]] = defaultdict(list)
    for n, g in groups.items():
        members[g].append(n)
    for group in members.values():
        canonical = max(group, key=lambda n: (n not in inflected, counts[n], -len(n), n))
        entity_id = "adhoc:" + (name_key(canonical).replace(" ", "-") or canonical)
        kinds = Counter(guess_kind(n) for n in group if n not in inflected)
        kind = next((k for k, _ in kinds.most_common() if k != "other"), "other")
        for n in group:
            resolved[n] = ClusterResult(n, canonical, entity_id, kind, "adhoc")
    return [resolved[n] for n in names]
