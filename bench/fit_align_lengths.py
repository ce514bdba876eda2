"""Fit the aligner's per-language-pair length model on the *tune* half of the corpora.

For every sentence pair, d = log(target chars / source chars). The model is a normal
distribution of d around the pair's mean ``mu`` whose variance shrinks with the length
(short sentences vary more): var(d) = ``a`` + ``b`` / L, L = mean character length of
the pair. ``a`` and ``b`` are a least-squares fit of (d - mu)² on 1/L. FLORES-200 devtest
(never scored) is added to the tune documents of bench/bench_align_omissions.py; the test
documents are kept out so that the benchmark measures the model on text it never saw.
The held-out negative log-likelihood is printed next to a Gale–Church variance of 6.8 per
character around the pair's mean, for comparison.

    python bench/fit_align_lengths.py [--write]   # --write: resources/align/lengths.json
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_align_omissions import CORPORA, corpora, in_split

OUT = Path(__file__).resolve().parents[1] / "resources" / "align" / "lengths.json"
FLORES = {"en": "eng_Latn", "ru": "rus_Cyrl", "kk": "kaz_Cyrl"}


def _pairs_by_lang(split: str) -> dict[tuple[str, str], list[tuple[int, int]]]:
    out: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for docs in corpora().values():
        for doc in docs:
            if in_split(doc.name, split):
                out.setdefault((doc.src_lang, doc.tgt_lang), []).extend(
                    (len(s.strip()), len(t.strip())) for s, t in zip(doc.src, doc.tgt, strict=True)
                )
    if split == "tune":
        base = CORPORA / "flores200-devtest"
        lines = {k: (base / f"{v}.devtest").read_text(encoding="utf-8").splitlines() for k, v in FLORES.items()}
        for a in lines:
            for b in lines:
                if a != b:
                    out.setdefault((a, b), []).extend((len(s), len(t)) for s, t in zip(lines[a], lines[b], strict=True))
    return {k: [(s, t) for s, t in v if s and t] for k, v in out.items()}


def fit(pairs: list[tuple[int, int]]) -> dict[str, float]:
    """mu, a, b of the model from (source, target) character lengths."""
    ds = [math.log(t / s) for s, t in pairs]
    mu = sum(ds) / len(ds)
    xs = [2.0 / (s + t) for s, t in pairs]
    ys = [(d - mu) ** 2 for d in ds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    a = my - b * mx
    return {"mu": round(mu, 4), "a": round(max(a, 1e-3), 5), "b": round(max(b, 0.1), 4), "n": len(pairs)}


def nll(pairs: list[tuple[int, int]], mu: float, var: object) -> float:
    """Mean negative log-likelihood of d under N(mu, var(s, t))."""
    total = 0.0
    for s, t in pairs:
        v = var(s, t)  # type: ignore[operator]
        total += 0.5 * (math.log(t / s) - mu) ** 2 / v + 0.5 * math.log(2 * math.pi * v)
    return total / len(pairs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    tune, test = _pairs_by_lang("tune"), _pairs_by_lang("test")
    model = {f"{s}-{t}": fit(v) for (s, t), v in sorted(tune.items())}
    print(f"{'pair':6} {'n':>5} {'ratio':>6} {'a':>8} {'b':>7}   held-out NLL: model / Gale-Church 6.8")
    for key, m in model.items():
        held = test.get(tuple(key.split("-")))  # type: ignore[arg-type]
        cmp = ""
        if held:
            ours = nll(held, m["mu"], lambda s, t, m=m: m["a"] + m["b"] * 2 / (s + t))
            # Gale–Church: var(l2 - c·l1) = 6.8·l1, i.e. var(d) ≈ 6.8 / l1 in log space
            gc = nll(held, m["mu"], lambda s, t: 6.8 / s)
            cmp = f"   {ours:6.3f} / {gc:6.3f} ({len(held)} pairs)"
        print(f"{key:6} {m['n']:5d} {math.exp(m['mu']):6.3f} {m['a']:8.5f} {m['b']:7.3f}{cmp}")
    if args.write:
        OUT.write_text(
            json.dumps(
                {
                    "about": "Sentence length model per language pair (source-target): log(target chars / "
                    "source chars) ~ N(mu, a + b / L), L the pair's mean length. Fitted by "
                    "bench/fit_align_lengths.py on FLORES-200 devtest (CC BY-SA 4.0), NTREX-128 "
                    "(Federmann et al., 2022; CC BY-SA 4.0), WMT21 newstest ru-en (Akhbardeh et al., "
                    "2021) and WMT19 newstest kk-en (research use); the tune half of the documents only.",
                    "pairs": model,
                },
                indent=1,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
