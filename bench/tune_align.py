"""Coordinate search of the aligner's Params on the *tune* half of bench_align_omissions.py.

The objective is the share of rows found exactly plus half the mean recall of 1-0 and 0-1
rows (the rows a reviewer most needs). Test documents are never looked at here.

    python bench/tune_align.py [--rounds 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_align_omissions import cases, corpora, score

from sverka.core.align import Params

GRID = {
    "lexical_weight": (0.2, 0.25, 0.3, 0.4),
    "lexical_q1": (0.35, 0.4, 0.5, 0.6),
    "null_cost": (-2.5, -2.0, -1.5),
    "anchor_weight": (2.0, 3.0, 4.0),
    "missing_weight": (2.5, 3.5, 4.5),
    "paragraph_bonus": (0.5, 1.0, 2.0, 3.0),
    "paragraph_cross": (3.0, 4.0, 6.0),
    "ratio_prior": (40.0, 80.0, 200.0),
}


def objective(s: object) -> float:
    return s.exact() + 0.5 * (s.recall("1-0") + s.recall("0-1")) / 2  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    tune = [c for docs in corpora().values() for c in cases(docs, "tune", [1, 2, 3])]
    best = Params()
    best_v = objective(score(tune, params=best))
    print(f"start {best_v:.4f} {best}")
    for _ in range(args.rounds):
        for name, values in GRID.items():
            for v in values:
                cand = dataclasses.replace(best, **{name: v})
                val = objective(score(tune, params=cand))
                if val > best_v + 1e-6:
                    best, best_v = cand, val
                    print(f"{name}={v}: {val:.4f}", flush=True)
    print(f"best {best_v:.4f} {best}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
