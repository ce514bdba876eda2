"""Alignment speed: milliseconds per article of N×N sentences (real WMT21 ru→en text).

Articles are built by concatenating WMT21 documents up to N sentences; a "hard" variant has
about one target sentence in ten merged with its neighbour, so the path leaves the diagonal.

    python bench/bench_align.py [--sizes 50 200 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_align import wmt21

from sverka.core.align import Similarity, align
from sverka.core.align_similarity import TranslitOverlap, mt_similarity


def article(n: int, hard: bool) -> tuple[list[str], list[str], list[str]]:
    """(ru, en, 'MT' = second reference) of about n source sentences."""
    ru: list[str] = []
    en: list[str] = []
    mt: list[str] = []
    while len(ru) < n:
        for d in wmt21():
            assert d.mt is not None
            ru += d.src
            en += d.tgt
            mt += d.mt
    ru, en, mt = ru[:n], en[:n], mt[:n]
    if hard:  # merge every tenth pair of target sentences
        en = [" ".join(en[k : k + 2]) if k % 10 == 0 else en[k] for k in range(n) if k % 10 != 1]
    return ru, en, mt


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Best CPU time in ms: the minimum of process time, since other processes on a shared
    machine only ever add to wall time."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(1000 * (time.process_time() - t0))
    return min(times)


def columns(ru: list[str], en: list[str], mt: list[str], repeat: int) -> list[float]:
    """Best ms for: length only, anchors, + transliterated overlap, + word lexicon (the
    default without a model: a fresh similarity each run), + chrF against 'MT'."""

    def run(anchors: bool = True, similarity: Similarity | None = None, lexical: bool = False) -> None:
        align(ru, en, src_lang="ru", tgt_lang="en", anchors=anchors, similarity=similarity, lexical=lexical)

    return [
        timed(lambda: run(anchors=False), repeat),
        timed(run, repeat),
        # a fresh similarity each run: its caches must not carry over between runs
        timed(lambda: run(similarity=TranslitOverlap()), repeat),
        timed(lambda: run(lexical=True), repeat),
        timed(lambda: run(similarity=mt_similarity(ru, mt)), max(1, repeat // 3)),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 1000])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    print(
        f"{'sentences':>9} {'set':5} {'length':>8} {'anchors':>8} {'+overlap':>9} {'+lexicon':>9} "
        f"{'+chrF':>8}   (CPU ms, best of {args.repeat})"
    )
    for n in args.sizes:
        for hard in (False, True):
            ru, en, mt = article(n, hard)

            cols = columns(ru, en, mt, args.repeat)
            print(f"{len(ru):>4}×{len(en):<4} {'hard' if hard else 'clean':5} " + " ".join(f"{c:8.1f}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
