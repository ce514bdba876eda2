"""Mention detection in a project: the seeds + demo corpus, and a generated project.

    .venv/bin/python bench/bench_names_project.py [--mentions 100000] [--seed 1]

The generated project holds Russian originals with English translations whose sentences
name gazetteer entities (Russian case forms in Russian) and synthetic people outside the
gazetteer, about four mentions per sentence. Times: the first detection (creates the
entities), a re-run (replaces every mention, the alias table is full), and a re-run for
one article. Import time is not counted.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from sverka.core.names import load_gazetteer  # noqa: E402
from sverka.core.names.inflect import russian_forms  # noqa: E402
from sverka.core.readers import ArticleDraft, TextDraft  # noqa: E402
from sverka.db.project import open_project  # noqa: E402
from sverka.ops.ingest.importer import Importer  # noqa: E402
from sverka.ops.names.detect import detect_mentions  # noqa: E402

_RU_FIRST = ["Асхат", "Нурлан", "Ерболат", "Данияр", "Марат", "Бекзат", "Тимур", "Арман", "Серик", "Ержан"]
_RU_LAST = ["Сапаров", "Жумабеков", "Оспанов", "Ахметов", "Касымов", "Тулеубаев", "Искаков", "Байжанов"]
_LATIN = {
    "Асхат": "Askhat",
    "Нурлан": "Nurlan",
    "Ерболат": "Yerbolat",
    "Данияр": "Daniyar",
    "Марат": "Marat",
    "Бекзат": "Bekzat",
    "Тимур": "Timur",
    "Арман": "Arman",
    "Серик": "Serik",
    "Ержан": "Yerzhan",
    "Сапаров": "Saparov",
    "Жумабеков": "Zhumabekov",
    "Оспанов": "Ospanov",
    "Ахметов": "Akhmetov",
    "Касымов": "Kassymov",
    "Тулеубаев": "Tuleubayev",
    "Искаков": "Iskakov",
    "Байжанов": "Baizhanov",
}


def _drafts(mentions: int, rng: random.Random) -> list[ArticleDraft]:
    gaz = load_gazetteer()
    pairs = [(e.spellings["ru"][0], e.spellings["en"][0]) for e in gaz.entities.values() if "ru" in e.spellings]
    drafts, made, n = [], 0, 0
    while made < mentions:
        ru_sents, en_sents = [], []
        for _ in range(30):
            (r1, e1), (r2, e2) = rng.choice(pairs), rng.choice(pairs)
            f, last = rng.choice(_RU_FIRST), rng.choice(_RU_LAST)
            forms = [x for x, _ in russian_forms(r2.split()[-1])] or [r2.split()[-1]]
            r2f = " ".join([*r2.split()[:-1], rng.choice(forms)])
            ru_sents.append(f"Сегодня {f} {last} сообщил, что в {r2f} и рядом с {r1} прошли встречи.")
            en_sents.append(f"Today {_LATIN[f]} {_LATIN[last]} said meetings took place in {e2} and near {e1}.")
            made += 6
        n += 1
        original = TextDraft("\n\n".join(ru_sents), "ru", f"gen{n}")
        translation = TextDraft("\n\n".join(en_sents), "en", f"gen{n}.en")
        drafts.append(ArticleDraft(original, [translation], title=f"gen {n}"))
    return drafts


def _time(label: str, fn: object) -> None:
    start = time.perf_counter()
    summary = fn()  # type: ignore[operator]
    print(
        f"{label:<38} {time.perf_counter() - start:6.2f} s  ({summary.mentions} mentions, "
        f"{summary.sentences} sentences, {summary.entities_created} new entities)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    ns = parser.parse_args()
    load_gazetteer()  # built once per process (~0.2 s); not part of a detection run
    with tempfile.TemporaryDirectory() as tmp:
        demo = open_project(Path(tmp) / "demo.sverka", create=True)
        sources = [ROOT / "resources" / "demo"] + [p for p in [ROOT.parent / "shared" / "seeds"] if p.is_dir()]
        Importer(demo).import_paths(sources)
        _time("demo + seeds: first detection", lambda: detect_mentions(demo))
        _time("demo + seeds: re-run", lambda: detect_mentions(demo))
        demo.close()
        big = open_project(Path(tmp) / "big.sverka", create=True)
        drafts = _drafts(ns.mentions, random.Random(ns.seed))
        report = Importer(big).import_drafts(drafts)
        print(f"generated: {report.articles} articles, {report.sentences} sentences")
        _time("generated: first detection", lambda: detect_mentions(big))
        _time("generated: re-run", lambda: detect_mentions(big))
        _time("generated: one article", lambda: detect_mentions(big, report.article_ids[:1]))
        big.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
