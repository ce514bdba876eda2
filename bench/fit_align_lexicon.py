"""Learn the aligner's word lexicon (``resources/align/lexicon.json``) with IBM Model 1.

Sentence pairs: FLORES-200 devtest (en/ru/kk, never scored) and, unless ``--flores-only``,
the gold 1-1 pairs of the *tune* half of bench/bench_align_omissions.py's documents; the test
half stays out, so that benchmark scores the lexicon on documents it never saw. Words are
folded to stems (:func:`sverka.core.align_lexicon.stems`); Model 1 runs both directions
(five EM iterations each) and a stem pair is kept when either direction gives it a
translation probability of at least ``--threshold``. Stems seen in fewer than two sentences
are left out: a one-off pair is as likely noise as a translation.

    python bench/fit_align_lexicon.py [--flores-only] [--threshold 0.15] [--write]

``--leave-out-fold K`` also leaves out fold K of the tune half (:func:`tune_fold`), for
bench/tune_align.py's cross-fitting: weights are tuned on each fold with a lexicon that never
saw it, as the test half is scored with a lexicon that never saw the test half.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_align_omissions import CORPORA, corpora, in_split

from sverka.core.align_lexicon import stems

OUT = Path(__file__).resolve().parents[1] / "resources" / "align" / "lexicon.json"
FLORES = {"en": "eng_Latn", "ru": "rus_Cyrl", "kk": "kaz_Cyrl"}
PAIRS = (("en", "ru"), ("en", "kk"), ("kk", "ru"))
Stems = list[tuple[frozenset[str], frozenset[str]]]


def tune_fold(name: str) -> int:
    """0 or 1: which half of the tune documents a document belongs to (by a hash of its id,
    independent of the tune/test split's)."""
    return (zlib.crc32(name.encode()) >> 1) % 2


def sentence_pairs(a: str, b: str, flores_only: bool, leave_out: int | None = None) -> list[tuple[str, str]]:
    """(a-language, b-language) sentence pairs for training."""
    base = CORPORA / "flores200-devtest"
    la = (base / f"{FLORES[a]}.devtest").read_text(encoding="utf-8").splitlines()
    lb = (base / f"{FLORES[b]}.devtest").read_text(encoding="utf-8").splitlines()
    out = list(zip(la, lb, strict=True))
    if not flores_only:
        for docs in corpora().values():
            for doc in docs:
                if not in_split(doc.name, "tune") or tune_fold(doc.name) == leave_out:
                    continue
                if (doc.src_lang, doc.tgt_lang) == (a, b):
                    out.extend(zip(doc.src, doc.tgt, strict=True))
                elif (doc.src_lang, doc.tgt_lang) == (b, a):
                    out.extend(zip(doc.tgt, doc.src, strict=True))
    return out


def model1(pairs: Stems, iterations: int = 5) -> dict[tuple[str, str], float]:
    """t(y | x) of IBM Model 1 (with a null word), x from the first side, y from the second."""
    t: dict[tuple[str, str], float] = defaultdict(lambda: 1.0)
    for _ in range(iterations):
        counts: Counter[tuple[str, str]] = Counter()
        totals: Counter[str] = Counter()
        for xs, ys in pairs:
            sources = [*xs, "<null>"]
            for y in ys:
                z = sum(t[(x, y)] for x in sources)
                for x in sources:
                    c = t[(x, y)] / z
                    counts[(x, y)] += c
                    totals[x] += c
        t = defaultdict(float, {k: v / totals[k[0]] for k, v in counts.items()})
    return dict(t)


def fit_pair(a: str, b: str, flores_only: bool, threshold: float, leave_out: int | None = None) -> dict[str, list[str]]:
    """a-stem → sorted b-stems."""
    pairs = [(stems(x), stems(y)) for x, y in sentence_pairs(a, b, flores_only, leave_out)]
    df_a: Counter[str] = Counter(s for xs, _ in pairs for s in xs)
    df_b: Counter[str] = Counter(s for _, ys in pairs for s in ys)
    table: dict[str, set[str]] = defaultdict(set)
    for (x, y), p in model1(pairs).items():
        if p >= threshold and x != "<null>":
            table[x].add(y)
    for (y, x), p in model1([(ys, xs) for xs, ys in pairs]).items():
        if p >= threshold and y != "<null>":
            table[x].add(y)
    return {
        x: sorted(y for y in ys if df_b[y] >= 2)
        for x, ys in sorted(table.items())
        if df_a[x] >= 2 and any(df_b[y] >= 2 for y in ys)
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--flores-only", action="store_true", help="leave the tune documents out")
    ap.add_argument("--threshold", type=float, default=0.15)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--leave-out-fold", type=int, choices=(0, 1), help="leave this tune fold out too")
    ap.add_argument("--pairs", nargs="+", default=[f"{a}-{b}" for a, b in PAIRS])
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    lexicons = {}
    for a, b in (p.split("-") for p in args.pairs):
        t0 = time.process_time()
        lexicons[f"{a}-{b}"] = table = fit_pair(a, b, args.flores_only, args.threshold, args.leave_out_fold)
        links = sum(len(v) for v in table.values())
        print(f"{a}-{b}: {len(table)} stems, {links} links, {time.process_time() - t0:.1f} s CPU")
    if args.write:
        sources = "FLORES-200 devtest (CC BY-SA 4.0)"
        if not args.flores_only:
            sources += (
                ", and the tune half of the documents of NTREX-128 (Federmann et al., 2022; CC BY-SA 4.0), "
                "WMT21 newstest ru-en (Akhbardeh et al., 2021) and WMT19 newstest kk-en (research use)"
            )
        if args.leave_out_fold is not None:
            sources += f" (tune fold {args.leave_out_fold} left out, for cross-fitting)"
        about = (
            f"Word-stem lexicon (first {5} letters, lower case) per language pair, a-stem -> b-stems; "
            f"IBM Model 1 both directions, t >= {args.threshold}; learned by bench/fit_align_lexicon.py "
            f"from {sources}."
        )
        args.output.write_text(
            json.dumps({"about": about, "pairs": lexicons}, ensure_ascii=False, separators=(",", ":")) + "\n",
            encoding="utf-8",
        )
        print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
