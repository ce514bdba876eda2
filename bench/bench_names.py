"""Name clustering: speed on 100,000 mentions, quality on the evaluation set vs baselines.

    .venv/bin/python bench/bench_names.py [--mentions 100000] [--unknown 3000] [--seed 1]

Speed: mentions are drawn (Zipf-like, as in news) from every gazetteer spelling in its
Russian and Kazakh case forms, the evaluation surfaces, and ``--unknown`` synthetic
people outside the gazetteer written in Russian (inflected), Kazakh and Latin spellings.
Goal: <= 2 s. Quality: pairwise precision/recall/F1 and distractor pairs merged on
tests/data/names_eval.tsv, for Sverka and for two baselines (OpenRefine fingerprint key
collision; transliterate + fingerprint + rapidfuzz nearest neighbours). Goal: F1 >= 0.95
with no distractor merged.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # support.names_eval: the evaluation harness
sys.path.insert(0, str(ROOT / "desktop"))

from support.names_eval import (  # noqa: E402
    EvalSet,
    fingerprint_clusterer,
    fuzzy_clusterer,
    pairwise,
    parse_eval,
    score,
    sverka_clusterer,
)
from sverka.core.names.cluster import cluster_names  # noqa: E402
from sverka.core.names.gazetteer import load_gazetteer  # noqa: E402
from sverka.core.names.inflect import russian_forms  # noqa: E402
from sverka.core.names.translit import to_latin  # noqa: E402

_FIRST = [
    "Асхат",
    "Нурлан",
    "Ерболат",
    "Данияр",
    "Марат",
    "Бекзат",
    "Тимур",
    "Арман",
    "Серик",
    "Бауыржан",
    "Ержан",
    "Кайрат",
    "Руслан",
    "Жандос",
    "Алмас",
    "Берик",
    "Даурен",
    "Мурат",
]
_SYLLABLES = [
    "Жан",
    "бек",
    "Тур",
    "сун",
    "Кал",
    "ман",
    "Ер",
    "жан",
    "Бай",
    "мух",
    "Сар",
    "сен",
    "Таж",
    "ибай",
    "Ой",
    "рат",
    "Кун",
    "али",
    "Мус",
    "ин",
    "Нур",
    "бол",
    "Абд",
    "ыр",
]


def synthetic_people(n: int, rng: random.Random) -> dict[str, list[str]]:
    """n invented men (fewer if names repeat) with their spellings: Russian nominative
    and three cases, Kazakh Latin, English-style Latin; keyed by the Russian name."""
    people: dict[str, list[str]] = {}
    for _ in range(n):
        stem = (
            rng.choice(_SYLLABLES[::2]) + rng.choice(_SYLLABLES[1::2]) + rng.choice(["ов", "ев", "ин", "ханов", "баев"])
        )
        first = rng.choice(_FIRST)
        spellings = [
            f"{first} {stem}",
            to_latin(f"{first} {stem}"),
            f"{to_latin(first)} {to_latin(stem).replace('J', 'Zh')}",
        ]
        spellings += [
            f"{ff} {sf}" for (ff, _), (sf, _) in zip(russian_forms(first)[:3], russian_forms(stem)[:3], strict=True)
        ]
        people[f"{first} {stem}"] = spellings
    return people


def mention_stream(total: int, unknown: int, evalset: EvalSet, seed: int) -> tuple[list[str], list[str | None]]:
    """Mentions, and for each the synthetic person it names (None: a known spelling)."""
    rng = random.Random(seed)
    gaz = load_gazetteer()
    known: list[str] = []
    for e in gaz.entities.values():
        for s in e.all_spellings():
            known.append(s)
            last = s.split()[-1]
            known += [s[: len(s) - len(last)] + form for form, _ in russian_forms(last)[:3]]
            known += [s + suffix for suffix in ("да", "ның", "ға")]
    known += [surface for surface, _, _ in evalset.rows]
    pool: list[tuple[str | None, list[str]]] = [(None, [k]) for k in known]
    pool += list(synthetic_people(unknown, rng).items())
    # Zipf-like: a few entities dominate news coverage, the tail is long.
    rng.shuffle(pool)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(pool))]
    drawn = rng.choices(pool, weights=weights, k=total)
    picks = [(person, rng.choice(spellings)) for person, spellings in drawn]
    return [m for _, m in picks], [p for p, _ in picks]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--unknown", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    evalset = parse_eval((ROOT / "tests/data/names_eval.tsv").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    load_gazetteer()
    t_gaz = time.perf_counter() - t0
    mentions, people = mention_stream(args.mentions, args.unknown, evalset, args.seed)
    t0, c0 = time.perf_counter(), time.process_time()
    results = cluster_names(mentions)
    t_cluster, c_cluster = time.perf_counter() - t0, time.process_time() - c0
    entities = len({r.entity_id for r in results})
    print(f"gazetteer load: {t_gaz:.2f} s")
    print(
        f"clustered {len(mentions):,} mentions ({len(set(mentions)):,} distinct spellings) "
        f"into {entities:,} entities in {t_cluster:.2f} s wall, {c_cluster:.2f} s CPU "
        f"(goal <= 2 s: {'ok' if t_cluster <= 2 else 'MISSED'})"
    )
    # Quality on the synthetic people (outside the gazetteer), over distinct spellings.
    seen: dict[str, tuple[str, str]] = {}
    for m, p, r in zip(mentions, people, results, strict=True):
        if p is not None:
            seen[m] = (p, r.entity_id)
    sp, sr, sf = pairwise([g for g, _ in seen.values()], [c for _, c in seen.values()])
    print(
        f"synthetic people outside the gazetteer: {len(set(g for g, _ in seen.values())):,} "
        f"people, {len(seen):,} spellings: P {sp:.3f} R {sr:.3f} F1 {sf:.3f}"
    )

    names = [surface for surface, _, _ in evalset.rows]
    gaz_ids = set(load_gazetteer().entities)
    unknown_rows = [i for i, (_, gold, _) in enumerate(evalset.rows) if gold not in gaz_ids]
    print(
        f"\nevaluation set: {len(names)} spellings of {len({g for _, g, _ in evalset.rows})} "
        f"entities, {len(evalset.distinct)} distractor pairs"
    )
    print(f"{'method':<34} {'P':>6} {'R':>6} {'F1':>6}  distractors merged")
    for label, fn in [
        ("sverka", sverka_clusterer),
        ("baseline: fingerprint", fingerprint_clusterer),
        ("baseline: translit+fingerprint+fuzzy", fuzzy_clusterer),
    ]:
        s = score(evalset, fn(names))
        merged = ", ".join(f"{a}/{b}" for a, b in s.distractors_merged) or "none"
        print(f"{label:<34} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {len(s.distractors_merged)} ({merged})")
    sub = EvalSet([evalset.rows[i] for i in unknown_rows], [(a, b) for a, b in evalset.distinct])
    s = score(sub, sverka_clusterer([r[0] for r in sub.rows]))
    print(
        f"{'sverka, names outside gazetteer':<34} {s.precision:6.3f} {s.recall:6.3f} "
        f"{s.f1:6.3f}  ({len(sub.rows)} spellings)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
