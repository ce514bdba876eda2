"""Alignment accuracy on real parallel news (../shared/corpora), printed as a table.

Each document's gold alignment is 1-1 (the corpora are line-aligned). A "hard" copy of each
document is then made with a fixed seed: adjacent target sentences merged (gold 2-1), source
sentences merged (1-2), a sentence dropped on either side (1-0 / 0-1), and crossing merges
(2-2, "regrouped paragraphs"). Scores:

- bead: exact match of alignment rows, null rows included (precision / recall / F1);
- pair: the sentence pairs (i, j) inside non-null rows, the usual "strict" measure;
- per kind: recall of gold rows of each kind, precision of predicted rows of each kind.

Methods: length only; length + anchors; + a model-free transliterated-trigram similarity;
and, for WMT21 only, + chrF against the second human reference standing in for MT (an
upper bound for what a good MT model gives).

    python bench/eval_align.py [--docs N] [--seed S] [--quick]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sverka.core.align import Bead, align
from sverka.core.align_similarity import TranslitOverlap, mt_similarity

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
KINDS = ("1-1", "2-1", "1-2", "1-0", "0-1", "2-2")


@dataclass
class Doc:
    """One document: parallel sentences; ``mt`` optionally stands in for an MT of ``src``."""

    name: str
    src: list[str]
    tgt: list[str]
    src_lang: str
    tgt_lang: str
    mt: list[str] | None = None


@dataclass
class Case:
    """A (possibly perturbed) document with its gold beads as (s0, s1, t0, t1)."""

    doc: Doc
    src: list[str]
    tgt: list[str]
    mt: list[str] | None
    gold: list[tuple[int, int, int, int]]


def wmt21(corpora: Path = CORPORA) -> list[Doc]:
    """WMT21 ru→en documents, reference A as the translation, reference B as 'MT'."""
    docs: dict[str, Doc] = {}
    with (corpora / "wmt21-newstest-ru-en" / "newstest2021.ru-en.tsv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            d = docs.setdefault(row["doc_id"], Doc(row["doc_id"], [], [], "ru", "en", []))
            d.src.append(row["ru_src"])
            d.tgt.append(row["en_ref_A"])
            assert d.mt is not None
            d.mt.append(row["en_ref_B"])
    return list(docs.values())


def ntrex(src_lang: str, tgt_lang: str, corpora: Path = CORPORA) -> list[Doc]:
    """NTREX-128 documents for one language pair (en, ru, kk)."""
    base = corpora / "ntrex128-newstest2019-en-ru-kk"
    files = {"en": "newstest2019-src.eng.txt", "ru": "newstest2019-ref.rus.txt", "kk": "newstest2019-ref.kaz.txt"}

    def lines(name: str) -> list[str]:
        return (base / name).read_text(encoding="utf-8").splitlines()

    ids, src, tgt = lines("DOCUMENT_IDS.tsv"), lines(files[src_lang]), lines(files[tgt_lang])
    docs: list[Doc] = []
    for k, doc_id in enumerate(ids):
        if not docs or docs[-1].name != doc_id:
            docs.append(Doc(doc_id, [], [], src_lang, tgt_lang))
        docs[-1].src.append(src[k])
        docs[-1].tgt.append(tgt[k])
    return docs


def perturb(doc: Doc, rng: random.Random, rate: float) -> Case:
    """Build a hard case: each position starts a merge/drop/regroup with probability ``rate``."""
    rows: list[tuple[str, list[int], list[int]]] = []  # (op, original src idx, tgt idx)
    k, n = 0, len(doc.src)
    while k < n:
        op = rng.choice(("merge_t", "merge_s", "drop_t", "drop_s", "regroup")) if rng.random() < rate else "keep"
        size = {"merge_t": 2, "merge_s": 2, "regroup": 3}.get(op, 1)
        if k + size > n:
            op, size = "keep", 1
        idx = list(range(k, k + size))
        rows.append((op, [] if op == "drop_s" else idx, [] if op == "drop_t" else idx))
        k += size
    src: list[str] = []
    tgt: list[str] = []
    mt: list[str] = []
    gold: list[tuple[int, int, int, int]] = []
    for op, s_idx, t_idx in rows:
        s_groups: list[list[int]] = [[i] for i in s_idx]
        t_groups: list[list[int]] = [[j] for j in t_idx]
        if op == "merge_t":
            t_groups = [t_idx]
        elif op == "merge_s":
            s_groups = [s_idx]
        elif op == "regroup":  # (s0, s1+s2) against (t0+t1, t2): a crossing 2-2 row
            s_groups = [s_idx[:1], s_idx[1:]]
            t_groups = [t_idx[:2], t_idx[2:]]
        s0, t0 = len(src), len(tgt)
        for g in s_groups:
            src.append(" ".join(doc.src[i] for i in g))
            if doc.mt is not None:
                mt.append(" ".join(doc.mt[i] for i in g))
        for g in t_groups:
            tgt.append(" ".join(doc.tgt[j] for j in g))
        gold.append((s0, len(src), t0, len(tgt)))
    return Case(doc, src, tgt, mt if doc.mt is not None else None, gold)


def clean(doc: Doc) -> Case:
    """The document as it is: gold 1-1 everywhere."""
    return Case(doc, doc.src, doc.tgt, doc.mt, [(i, i + 1, i, i + 1) for i in range(len(doc.src))])


def _pairs(beads: list[tuple[int, int, int, int]]) -> set[tuple[int, int]]:
    return {(i, j) for s0, s1, t0, t1 in beads for i in range(s0, s1) for j in range(t0, t1)}


def _kind(b: tuple[int, int, int, int]) -> str:
    return f"{b[1] - b[0]}-{b[3] - b[2]}"


@dataclass
class Tally:
    """Counts summed over documents."""

    bead_hit: int = 0
    bead_pred: int = 0
    bead_gold: int = 0
    pair_hit: int = 0
    pair_pred: int = 0
    pair_gold: int = 0
    seconds: float = 0.0

    def __post_init__(self) -> None:
        self.kind_gold: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # hits, total
        self.kind_pred: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, gold: list[tuple[int, int, int, int]], pred: list[Bead]) -> None:
        """Add one document's result."""
        p = [(b.src_from, b.src_to, b.tgt_from, b.tgt_to) for b in pred]
        gs, ps = set(gold), set(p)
        self.bead_hit += len(gs & ps)
        self.bead_pred += len(ps)
        self.bead_gold += len(gs)
        gp, pp = _pairs(gold), _pairs(p)
        self.pair_hit += len(gp & pp)
        self.pair_pred += len(pp)
        self.pair_gold += len(gp)
        for b in gold:
            self.kind_gold[_kind(b)][0] += b in ps
            self.kind_gold[_kind(b)][1] += 1
        for b in p:
            self.kind_pred[_kind(b)][0] += b in gs
            self.kind_pred[_kind(b)][1] += 1

    @staticmethod
    def _f1(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = hit / pred if pred else 0.0
        r = hit / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def bead(self) -> tuple[float, float, float]:
        """Bead-level precision, recall, F1."""
        return self._f1(self.bead_hit, self.bead_pred, self.bead_gold)

    def pair(self) -> tuple[float, float, float]:
        """Sentence-pair-level precision, recall, F1."""
        return self._f1(self.pair_hit, self.pair_pred, self.pair_gold)


Method = Callable[[Case], list[Bead]]


def methods(with_mt: bool) -> Iterator[tuple[str, Method]]:
    """The aligner configurations compared."""
    yield "length", lambda c: align(c.src, c.tgt, src_lang=c.doc.src_lang, tgt_lang=c.doc.tgt_lang, anchors=False)
    yield "+anchors", lambda c: align(c.src, c.tgt, src_lang=c.doc.src_lang, tgt_lang=c.doc.tgt_lang)
    overlap = TranslitOverlap()
    yield (
        "+overlap",
        lambda c: align(c.src, c.tgt, src_lang=c.doc.src_lang, tgt_lang=c.doc.tgt_lang, similarity=overlap),
    )
    if with_mt:

        def with_ref_b(c: Case) -> list[Bead]:
            assert c.mt is not None
            return align(
                c.src, c.tgt, src_lang=c.doc.src_lang, tgt_lang=c.doc.tgt_lang, similarity=mt_similarity(c.src, c.mt)
            )

        yield "+chrF(refB)", with_ref_b


def evaluate(docs: list[Doc], method: Method, hard: bool, seed: int, rate: float) -> Tally:
    """Run one method over all documents of a corpus."""
    rng = random.Random(seed)
    tally = Tally()
    for doc in docs:
        case = perturb(doc, rng, rate) if hard else clean(doc)
        t0 = time.perf_counter()
        pred = method(case)
        tally.seconds += time.perf_counter() - t0
        tally.add(case.gold, pred)
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--rate", type=float, default=0.25, help="perturbation rate per position")
    ap.add_argument("--docs", type=int, default=0, help="first N documents per corpus (0: all)")
    ap.add_argument("--no-mt", action="store_true", help="skip the chrF(refB) method")
    args = ap.parse_args(argv)
    corpora = [
        ("wmt21 ru-en", wmt21()),
        ("ntrex en-ru", ntrex("en", "ru")),
        ("ntrex en-kk", ntrex("en", "kk")),
        ("ntrex ru-kk", ntrex("ru", "kk")),
    ]
    print(f"seed={args.seed} rate={args.rate}; P/R/F1 in %; kinds: gold recall (n) / pred precision (n)\n")
    head = f"{'corpus':12} {'set':5} {'method':12} {'bead P/R/F1':>17} {'pair P/R/F1':>17}  ms/doc"
    print(head + "  " + "  ".join(f"{k:>15}" for k in KINDS[1:]))
    for cname, docs in corpora:
        if args.docs:
            docs = docs[: args.docs]
        for hard in (False, True):
            for mname, method in methods(with_mt=cname.startswith("wmt21") and not args.no_mt):
                t = evaluate(docs, method, hard, args.seed, args.rate)
                bp, br, bf = t.bead()
                pp, pr, pf = t.pair()
                kinds = (
                    "  ".join(
                        f"{_pct(t.kind_gold[k])}/{_pct(t.kind_pred[k])}({t.kind_gold[k][1]:>3})" for k in KINDS[1:]
                    )
                    if hard
                    else ""
                )
                print(
                    f"{cname:12} {'hard' if hard else 'clean':5} {mname:12} {bp:5.1%}/{br:5.1%}/{bf:5.1%}".replace(
                        "%", ""
                    )
                    + f" {pp:5.1%}/{pr:5.1%}/{pf:5.1%}".replace("%", "")
                    + f"  {1000 * t.seconds / len(docs):6.2f}  {kinds}"
                )
        print()
    return 0


def _pct(hits_total: list[int]) -> str:
    hits, total = hits_total
    return f"{100 * hits / total:3.0f}" if total else "  -"


if __name__ == "__main__":
    sys.exit(main())
