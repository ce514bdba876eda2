"""Precision of detected name mentions on real news: WMT21 newstest ru-en, judged by hand.

The sample (tests/data/names_wmt21_sample.tsv) holds every mention the detector found in 40
Russian source segments and 40 English reference segments (translator A) of WMT21, picked
with a fixed seed, each judged by hand: ``ok`` (a name, whole, and if a gazetteer entity the
right one), ``no`` (not a name, a piece of one, or the wrong entity). Mentions a later
detector finds that the sample has no verdict for are listed for judging.

Run:  .venv/bin/python bench/bench_names_wmt.py [--dump]   (--dump: print every mention)
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from sverka.core.names import find_mentions  # noqa: E402

TSV = ROOT.parent / "shared" / "corpora" / "wmt21-newstest-ru-en" / "newstest2021.ru-en.tsv"
SAMPLE = ROOT / "tests" / "data" / "names_wmt21_sample.tsv"
PER_LANG = 40
SEED = 21


def segments() -> list[tuple[str, str, str, str]]:
    """(doc_id, seg_id, lang, text) of the sampled segments, in a fixed order."""
    with TSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    rng = random.Random(SEED)
    picked = rng.sample(rows, 2 * PER_LANG)
    out = [(r["doc_id"], r["seg_id"], "ru", r["ru_src"]) for r in picked[:PER_LANG]]
    out += [(r["doc_id"], r["seg_id"], "en", r["en_ref_A"]) for r in picked[PER_LANG:]]
    return out


def detected() -> list[tuple[str, str, str, int, int, str, str]]:
    """Every mention in the sampled segments: (doc, seg, lang, start, end, surface, entity)."""
    out = []
    for doc, seg, lang, text in segments():
        for m in find_mentions(text, lang):
            out.append((doc, seg, lang, m.start, m.end, m.surface, m.entity_key or ""))
    return out


def judged() -> dict[tuple[str, str, str, int, int, str], str]:
    """Hand verdicts by (doc, seg, lang, start, end, entity)."""
    out = {}
    with SAMPLE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            key = (row["doc_id"], row["seg_id"], row["lang"], int(row["start"]), int(row["end"]), row["entity"])
            out[key] = row["verdict"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", action="store_true")
    args = ap.parse_args()
    found = detected()
    if args.dump:
        for row in found:
            print("\t".join(map(str, row)))
        return
    verdicts = judged()
    ok_total = sum(v == "ok" for v in verdicts.values())
    ok = no = 0
    unjudged = []
    for doc, seg, lang, s, e, surface, entity in found:
        v = verdicts.get((doc, seg, lang, s, e, entity))
        if v is None:
            unjudged.append((doc, seg, lang, s, e, surface, entity))
        elif v == "ok":
            ok += 1
        else:
            no += 1
    print(f"{len(found)} mentions in {2 * PER_LANG} segments; judged {ok + no}")
    print(f"precision {ok / max(ok + no, 1):.3f} ({ok} ok, {no} not names or wrong entity)")
    print(f"judged names kept: {ok} of {ok_total} ({ok / max(ok_total, 1):.3f})")
    for row in unjudged:
        print("unjudged:", "\t".join(map(str, row)))


if __name__ == "__main__":
    main()
