"""Name mentions in a project: detection over articles, with the project as alias table.

Detection finds mentions in every sentence of every language (:func:`find_mentions`),
then decides which project entity each one names, in this order of trust:

1. a *curated* variant with the same spelling (a split, a curated alias) — the annotator
   has spoken, so neither the gazetteer nor clustering overrides it;
2. a gazetteer match -> the project's entity for that gazetteer id, created on first use
   with every gazetteer spelling as a variant; merged entities redirect to their target;
3. a candidate (unknown capitalized name) whose spelling is already a variant in the
   project -> that variant (earlier imports and curation are the alias table);
4. other candidates are clustered with :func:`cluster_names` together with the spellings
   of existing ad-hoc entities, so a new case form joins the entity of an old one; new
   clusters become ``auto`` entities keyed by a stable ``cluster_key``.

Mentions are derived data: a re-run deletes the mentions of the sentences it covers and
writes them again. Curation lives on entities and variants (merges leave a redirect in
``Entity.data["merged_into"]``; "not a name" is a flag), so it applies to later imports.
Mentions of a not-a-name variant or entity are kept but hidden, so undo brings them back.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from sverka.core.names import find_mentions, load_gazetteer
from sverka.core.names.gazetteer import Gazetteer
from sverka.core.names.keys import name_key
from sverka.core.names.matcher import Match, find_mentions_many
from sverka.core.scripts import script_of
from sverka.cpu_pool import CpuPool
from sverka.db.bulk import bulk_insert, new_ids
from sverka.db.models import Article, Entity, Mention, Sentence, Text, Variant, new_id
from sverka.db.project import Project
from sverka.db.wording import wording
from sverka.progress import CancelToken, Progress, no_progress

NAME_LANGS = ("ru", "kk", "en")  # languages whose case endings the matcher knows
CURATED = "curated"
AUTO_VARIANT_ORIGINS = ("inflected", "fuzzy", "adhoc")  # derived: dropped when unused
_CHUNK = 500  # ids per IN (...) clause


@dataclass
class DetectSummary:
    """What a detection run did."""

    sentences: int = 0
    mentions: int = 0
    entities_created: int = 0
    variants_created: int = 0
    seconds: float = 0.0
    cancelled: bool = False


@dataclass
class _Raw:
    """One match before it is tied to a variant."""

    sentence_id: str
    text_id: str
    start: int
    end: int
    in_edit: bool
    surface: str
    gaz_key: str | None
    kind: str
    lang: str | None
    alternatives: tuple[str, ...]


def merged_into(data: dict[str, Any] | None) -> str | None:
    """The entity a merged entity now lives in (None for a live entity)."""
    return (data or {}).get("merged_into")


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_SCAN_TEXTS = 200  # texts per read (and, with a pool, per worker job)


@dataclass
class _Sentence:
    """A sentence to match, as read: where its mentions point and how to match it."""

    sentence_id: str
    text_id: str
    base: int  # mentions point into Text.content unless edited
    in_edit: bool
    lang: str | None
    code: str | None  # the matcher's language (one whose case endings it knows)
    title_case: bool  # English titles and headlines capitalise every word


def _read_chunk(
    session: Session, texts: dict[str, str], chunk: Sequence[str]
) -> tuple[list[str], list[_Sentence], list[str]]:
    """The sentence ids of ``chunk``'s texts, those to match and their wordings."""
    order = {text_id: k for k, text_id in enumerate(chunk)}
    rows = sorted(
        session.execute(
            select(
                Sentence.id,
                Sentence.text_id,
                Sentence.start,
                Sentence.end,
                Sentence.edited,
                func.coalesce(Sentence.lang_override, Sentence.lang),
                Sentence.kind,
                Sentence.idx,
            ).where(Sentence.text_id.in_(chunk))
        ),
        key=lambda r: (order[r[1]], r[7]),
    )
    sentence_ids: list[str] = []
    todo: list[_Sentence] = []
    bodies: list[str] = []
    for sid, tid, start, end, edited, lang, kind, _idx in rows:
        sentence_ids.append(sid)
        if kind == "timestamp":
            continue  # "05:41 GMT 06.01.2022" names nobody
        in_edit = edited is not None
        bodies.append(wording(edited, texts[tid], start, end))
        code = lang if lang in NAME_LANGS else None
        todo.append(
            _Sentence(
                sid, tid, 0 if in_edit else start, in_edit, lang, code, kind in ("title", "headline") and lang == "en"
            )
        )
    return sentence_ids, todo, bodies


def _raws(todo: list[_Sentence], found: list[list[Match]]) -> list[_Raw]:
    out: list[_Raw] = []
    for s, matches in zip(todo, found, strict=True):
        for m in matches:
            if s.title_case and m.entity_key is None:
                continue  # in a title-case line only known names count
            out.append(
                _Raw(
                    s.sentence_id,
                    s.text_id,
                    s.base + m.start,
                    s.base + m.end,
                    s.in_edit,
                    m.surface,
                    m.entity_key,
                    m.kind,
                    s.lang,
                    m.alternatives,
                )
            )
    return out


def _scan(
    project: Project,
    article_ids: Sequence[str] | None,
    gaz: Gazetteer,
    progress: Progress,
    cancel: CancelToken | None,
    pool: CpuPool | None = None,
) -> tuple[list[str], list[_Raw]] | None:
    """Run the matcher over the sentences of the articles; None when cancelled. With a
    started ``pool`` the matching runs in its workers (with the bundled gazetteer, which
    ``gaz`` is), every chunk sent as soon as it is read."""
    pooled = pool is not None and pool.parallel
    with project.sessions() as session:
        # In reading order (article, text), so that which article's spelling a new name's
        # variant is made from does not depend on the random ids an IN (...) walks.
        query = select(Text.id, Text.content).join(Article, Article.id == Text.article_id)
        if article_ids is not None:
            query = query.where(Text.article_id.in_(list(article_ids)))
        texts = dict(session.execute(query.order_by(Article.position, Text.position)).all())
        text_ids = list(texts)
        sentence_ids: list[str] = []
        raws: list[_Raw] = []
        sent: list[tuple[list[_Sentence], Future[list[list[Match]]]]] = []
        for done, chunk in enumerate(_chunks(text_ids, _SCAN_TEXTS)):
            if cancel is not None and cancel.cancelled:
                return None
            ids, todo, bodies = _read_chunk(session, texts, chunk)
            sentence_ids.extend(ids)
            codes = [s.code for s in todo]
            if pooled:
                assert pool is not None
                sent.append((todo, pool.submit(find_mentions_many, list(zip(bodies, codes, strict=True)))))
                continue
            raws.extend(_raws(todo, [find_mentions(body, code, gaz) for body, code in zip(bodies, codes, strict=True)]))
            progress(min((done + 1) * _SCAN_TEXTS, len(text_ids)), len(text_ids), "finding names")
    for done, (todo, found) in enumerate(sent):
        if cancel is not None and cancel.cancelled:
            for _, rest in sent[done:]:
                rest.cancel()
            return None
        raws.extend(_raws(todo, found.result()))
        progress(min((done + 1) * _SCAN_TEXTS, len(text_ids)), len(text_ids), "finding names")
    return sentence_ids, raws


class _Resolver:
    """Ties surfaces to project variants, creating entities and variants as needed."""

    def __init__(self, session: Session, gaz: Gazetteer) -> None:
        self.session, self.gaz = session, gaz
        self.entities: dict[str, dict[str, Any]] = {}
        self.by_gaz: dict[str, str] = {}
        self.by_cluster: dict[str, str] = {}
        for eid, gkey, ckey, data, origin in session.execute(
            select(Entity.id, Entity.gazetteer_key, Entity.cluster_key, Entity.data, Entity.origin)
        ):
            self.entities[eid] = {"data": data or {}, "origin": origin}
            if gkey:
                self.by_gaz[gkey] = eid
            if ckey:
                self.by_cluster.setdefault(ckey, eid)
        self.variant_of: dict[tuple[str, str], str] = {}  # (entity id, spelling) -> variant id
        self.by_spelling: dict[str, list[tuple[int, str]]] = defaultdict(list)  # spelling -> (rank, variant)
        self.entity_of_variant: dict[str, str] = {}
        rank = {CURATED: 0, "gazetteer": 1}
        for vid, eid, spelling, origin in session.execute(
            select(Variant.id, Variant.entity_id, Variant.spelling, Variant.origin)
        ):
            self.variant_of[(eid, spelling)] = vid
            self.entity_of_variant[vid] = eid
            self.by_spelling[spelling].append((rank.get(origin, 2), vid))
        for options in self.by_spelling.values():
            options.sort()
        self.new_entities: list[dict[str, Any]] = []
        self.new_variants: list[dict[str, Any]] = []

    # --- entities ------------------------------------------------------------------------
    def live(self, entity_id: str) -> str:
        """Follow merge redirects to the entity that holds the variants now."""
        seen = set()
        while (target := merged_into(self.entities.get(entity_id, {}).get("data"))) and entity_id not in seen:
            seen.add(entity_id)
            entity_id = target
        return entity_id

    def _new_entity(self, **row: Any) -> str:
        row = {"id": new_id(), "not_a_name": False, "data": {}, "gazetteer_key": None, "cluster_key": None, **row}
        self.new_entities.append(row)
        self.entities[row["id"]] = {"data": {}, "origin": row["origin"]}
        return cast(str, row["id"])

    def gazetteer_entity(self, key: str) -> str:
        """The project entity of a gazetteer id, created with all its spellings."""
        if key in self.by_gaz:
            return self.live(self.by_gaz[key])
        e = self.gaz.entities[key.removeprefix("gaz:")]
        eid = self._new_entity(canonical=e.canonical, kind=e.kind, origin="gazetteer", gazetteer_key=key)
        self.by_gaz[key] = eid
        for lang, spellings in e.spellings.items():
            for spelling in spellings:
                self.variant(eid, spelling, lang.removesuffix("_latn"), "gazetteer")
        for spelling in e.former:
            self.variant(eid, spelling, None, "gazetteer")
        return eid

    def cluster_entity(self, key: str, canonical: str, kind: str) -> str:
        if key in self.by_cluster:
            return self.live(self.by_cluster[key])
        eid = self._new_entity(canonical=canonical, kind=kind, origin="auto", cluster_key=key)
        self.by_cluster[key] = eid
        return eid

    # --- variants ------------------------------------------------------------------------
    def variant(self, entity_id: str, spelling: str, lang: str | None, origin: str) -> str:
        found = self.variant_of.get((entity_id, spelling))
        if found is not None:
            return found
        vid = new_id()
        self.new_variants.append(
            {
                "id": vid,
                "entity_id": entity_id,
                "spelling": spelling[:300],
                "lang": lang,
                "script": script_of(spelling),
                "key": name_key(spelling)[:300],
                "origin": origin,
                "not_a_name": False,
            }
        )
        self.variant_of[(entity_id, spelling)] = vid
        self.entity_of_variant[vid] = entity_id
        self.by_spelling[spelling].append((3, vid))
        return vid

    def alias(self, spelling: str, *, curated_only: bool) -> str | None:
        """A project variant with exactly this spelling (curated first)."""
        options = self.by_spelling.get(spelling)
        if not options or (curated_only and options[0][0] != 0):
            return None
        return options[0][1]

    def adhoc_spellings(self) -> dict[str, str]:
        """Spellings of existing ad-hoc entities -> their live entity, for clustering."""
        out: dict[str, str] = {}
        for (eid, spelling), _vid in self.variant_of.items():
            if self.entities.get(eid, {}).get("origin") in ("auto", CURATED):
                out.setdefault(spelling, self.live(eid))
        return out


def _resolve_all(resolver: _Resolver, raws: list[_Raw]) -> list[str]:
    """The variant id of every raw match, in order."""
    out: list[str | None] = [None] * len(raws)
    candidates: dict[str, list[int]] = defaultdict(list)
    for i, raw in enumerate(raws):
        curated = resolver.alias(raw.surface, curated_only=True)
        if curated is not None:
            out[i] = curated
        elif raw.gaz_key is not None:
            eid = resolver.gazetteer_entity(raw.gaz_key)
            out[i] = resolver.variant(eid, raw.surface, raw.lang, "inflected")
        elif (known := resolver.alias(raw.surface, curated_only=False)) is not None:
            out[i] = known
        else:
            candidates[raw.surface].append(i)
    if candidates:
        from sverka.core.names.cluster import cluster_names  # rapidfuzz: not at the window's start

        existing = resolver.adhoc_spellings()
        names = [s for s, idx in candidates.items() for _ in idx] + [s for s in existing if s not in candidates]
        results = {r.name: r for r in cluster_names(names, resolver.gaz)}
        # A cluster holding spellings of an existing entity joins it (the majority one).
        owners: dict[str, Counter[str]] = defaultdict(Counter)
        for spelling, eid in existing.items():
            if spelling in results:
                owners[results[spelling].entity_id][eid] += 1
        for surface, idx in candidates.items():
            r = results[surface]
            if r.entity_id.startswith("gaz:"):
                eid = resolver.gazetteer_entity(r.entity_id)
                origin = "fuzzy"
            elif owners.get(r.entity_id):
                eid, origin = owners[r.entity_id].most_common(1)[0][0], "adhoc"
            else:
                eid, origin = resolver.cluster_entity(r.entity_id, r.canonical, r.kind), "adhoc"
            vid = resolver.variant(eid, surface, raws[idx[0]].lang, origin)
            for i in idx:
                out[i] = vid
    return [cast(str, v) for v in out]


def detect_mentions(
    project: Project,
    article_ids: Sequence[str] | None = None,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    pool: CpuPool | None = None,
) -> DetectSummary:
    """Find name mentions in the given articles (default: all) and store them.

    Matching runs first without a write lock (in ``pool``'s workers when it is started);
    the mentions of the covered sentences are then replaced in one transaction. A cancel
    before that writes nothing.
    """
    started = time.perf_counter()
    gaz = load_gazetteer()
    scanned = _scan(project, article_ids, gaz, progress, cancel, pool)
    if scanned is None:
        return DetectSummary(cancelled=True, seconds=time.perf_counter() - started)
    sentence_ids, raws = scanned
    with project.transaction() as session:
        resolver = _Resolver(session, gaz)
        variant_ids = _resolve_all(resolver, raws)
        if article_ids is None:
            session.execute(delete(Mention))
        else:
            for chunk in _chunks(sentence_ids):
                session.execute(delete(Mention).where(Mention.sentence_id.in_(chunk)))
        # Driver-level executemany (rows as tuples): ORM objects, and even Core's parameter
        # dicts, cost more than the matching itself here.
        if resolver.new_entities:
            session.execute(insert(cast(Table, Entity.__table__)), resolver.new_entities)
        bulk_insert(session, cast(Table, Variant.__table__), resolver.new_variants)
        ids = new_ids(len(raws))
        mentions = [
            {
                "id": ids[k],
                "sentence_id": r.sentence_id,
                "variant_id": vid,
                "text_id": r.text_id,
                "start": r.start,
                "end": r.end,
                "in_edit": r.in_edit,
                "surface": r.surface[:300],
                "alternatives": list(r.alternatives) or None,
            }
            for k, (r, vid) in enumerate(zip(raws, variant_ids, strict=True))
        ]
        bulk_insert(session, cast(Table, Mention.__table__), mentions)
        _drop_unused(session)
    return DetectSummary(
        sentences=len(sentence_ids),
        mentions=len(mentions),
        entities_created=len(resolver.new_entities),
        variants_created=len(resolver.new_variants),
        seconds=time.perf_counter() - started,
    )


def _drop_unused(session: Session) -> None:
    """Forget derived variants nothing mentions any more, and auto entities left empty.

    Gazetteer and curated variants stay (they are the alias table); so do entities that
    carry curation (merge redirects, style, not-a-name) or came from the gazetteer.
    """
    used = select(Mention.variant_id).distinct()
    session.execute(
        delete(Variant).where(
            Variant.origin.in_(AUTO_VARIANT_ORIGINS), Variant.not_a_name.is_(False), Variant.id.not_in(used)
        )
    )
    holders = select(Variant.entity_id).distinct()
    for eid, data in session.execute(
        select(Entity.id, Entity.data).where(
            Entity.origin == "auto", Entity.not_a_name.is_(False), Entity.id.not_in(holders)
        )
    ):
        if not data:
            session.execute(delete(Entity).where(Entity.id == eid))
