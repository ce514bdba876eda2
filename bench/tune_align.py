"""Coordinate search of the aligner's Params on the *tune* half of bench_align_omissions.py.

The objective is the share of rows found exactly plus half the mean recall of 1-0 and 0-1
rows (the rows a reviewer most needs). Test documents are never looked at here.

    python bench/tune_align.py [--rounds 2] [--cross]

``--cross`` cross-fits: the lexicon shipped in resources/ was learned on the tune half, so on
the tune half it knows every sentence and its evidence looks better than it will on text it
never saw. With ``--cross`` each fold of the tune half is scored with a lexicon learned
without that fold (``bench/fit_align_lexicon.py --leave-out-fold K -o LEX_DIR/lex_foldK.json``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_align_omissions import Case, Score, cases, corpora, score
from fit_align_lexicon import tune_fold

import sverka.core.align_lexicon as align_lexicon
from sverka.core.align import Params

GRID = {
    "lexical_weight": (0.2, 0.4, 0.5),
    "null_cost": (-2.5, -1.5),
    "lexical_q1": (0.4, 0.6),
    "missing_weight": (1.5, 3.5),
    "anchor_weight": (2.0, 3.0, 4.0),
    "paragraph_bonus": (0.5, 1.0, 2.0, 3.0),
    "paragraph_cross": (3.0, 4.0, 6.0),
    "ratio_prior": (40.0, 80.0, 200.0),
}


def objective(s: object) -> float:
    return s.exact() + 0.5 * (s.recall("1-0") + s.recall("0-1")) / 2  # type: ignore[attr-defined]


def use_lexicon(path: Path | None) -> None:
    """Make the aligner load its lexicon from ``path`` (None: the shipped one)."""
    align_lexicon._lexicons.cache_clear()
    align_lexicon.lexicon.cache_clear()
    if path is None:
        align_lexicon._lexicons = ORIGINAL
        return
    raw = json.loads(path.read_text(encoding="utf-8"))
    tables = {pair: {k: frozenset(v) for k, v in t.items()} for pair, t in raw["pairs"].items()}
    align_lexicon._lexicons = lru_cache(maxsize=1)(lambda: tables)  # type: ignore[assignment]


ORIGINAL = align_lexicon._lexicons


def cross_scorer(tune: list[Case], lex_dir: Path) -> Callable[[Params], Score]:
    """Scores each tune fold with the lexicon learned without it; the two folds' counts add."""
    folds = [[c for c in tune if tune_fold(c.doc.name) == k] for k in (0, 1)]

    def run(params: Params) -> Score:
        total = Score()
        for k, fold in enumerate(folds):
            use_lexicon(lex_dir / f"lex_fold{k}.json")
            s = score(fold, params=params)
            total.hit += s.hit
            total.gold += s.gold
            for kind in ("1-0", "0-1"):
                total.kind_gold[kind][0] += s.kind_gold[kind][0]
                total.kind_gold[kind][1] += s.kind_gold[kind][1]
        use_lexicon(None)
        return total

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--cross", action="store_true", help="cross-fit the lexicon over two tune folds")
    ap.add_argument("--lex-dir", type=Path, default=Path("/tmp"))
    args = ap.parse_args(argv)
    tune = [c for docs in corpora().values() for c in cases(docs, "tune", [1, 2, 3])]
    run = cross_scorer(tune, args.lex_dir) if args.cross else lambda p: score(tune, params=p)
    best = Params()
    best_v = objective(run(best))
    print(f"start {best_v:.4f} {best}")
    for _ in range(args.rounds):
        for name, values in GRID.items():
            for v in values:
                cand = dataclasses.replace(best, **{name: v})
                val = objective(run(cand))
                if val > best_v + 1e-6:
                    best, best_v = cand, val
                    print(f"{name}={v}: {val:.4f}", flush=True)
    print(f"best {best_v:.4f} {best}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
