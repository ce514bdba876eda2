"""Alignment on real documents whose translation drops, adds, merges and splits sentences.

The documents are real news from ../shared/corpora: WMT21 ru→en (by document id, with the
XML's paragraphs), NTREX-128 en→ru and en→kk (by document id) and WMT19 kk→en (no document
ids there: runs of 12 consecutive lines stand in for documents). Each gold document is
line-aligned 1-1; a seeded copy is then made the way real translations differ:

- the translator left a sentence out (gold ``1-0``), or the translation has a sentence the
  original lacks (``0-1``; made by removing a source sentence, so the addition is real text
  on the topic of its neighbours);
- two translated sentences are one (``2-1``), or one source sentence was split (``1-2``);
- the first line is a headline on its own; paragraphs are regrouped independently on each
  side (a target paragraph break survives at half the source's breaks, new ones appear).

Documents are split by a hash of their id into a *tune* half (used for fitting weights and
the length model, see ``bench/fit_align_lengths.py``) and a *test* half that is only scored.
Scores: exact segments = gold rows found exactly (recall of rows); per row kind, recall of
gold rows / precision of predicted rows.

    python bench/bench_align_omissions.py [--split test|tune|all] [--seeds 1 2 3]

Measured on the test half, seeds 1 2 3 (7382 rows; recall / precision per kind, %):

    aligner              exact   1-1        1-0        0-1        2-1        1-2
    before (146fa2d)     91.6    95.8/97.2  50.6/82.1  50.2/83.1  89.8/72.6  89.8/71.7
    length model (a31b210) 95.7  97.9/97.7  78.8/70.1  80.2/71.3  86.5/96.4  86.8/97.2
    + word lexicon       97.2    98.6/98.9  84.8/78.1  86.5/78.7  93.5/97.6  90.9/96.8
    + word votes (b4995b7..) 98.3  99.4/99.2  92.1/86.4  90.1/84.3  93.0/98.0  92.4/97.8

(the lexicon: bench/fit_align_lexicon.py, FLORES-200 and the tune half only; "word votes":
the lexicon's per-word log likelihood ratios, times and imperial conversions as number
anchors, weights cross-fitted on the tune half by bench/tune_align.py --cross). Per corpus
then: WMT21 ru-en 99.6 % exact, WMT19 kk-en 98.5, NTREX en-kk 98.7, NTREX en-ru 97.1; left-out
/ added sentences standing alone in any order 94.9 / 94.1 %.
"""

from __future__ import annotations

import argparse
import inspect
import random
import sys
import time
import xml.etree.ElementTree as ET
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sverka.core.align import Bead, align

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
KINDS = ("1-1", "1-0", "0-1", "2-1", "1-2")
# Per-position chances of each translator move (the rest is kept as 1-1).
RATES = {"drop_t": 0.05, "drop_s": 0.04, "merge_t": 0.06, "merge_s": 0.05}


@dataclass
class Doc:
    """A gold 1-1 document; ``paras`` holds the indexes of sentences that start a paragraph."""

    name: str
    src_lang: str
    tgt_lang: str
    src: list[str] = field(default_factory=list)
    tgt: list[str] = field(default_factory=list)
    paras: set[int] = field(default_factory=set)


@dataclass
class Case:
    """A perturbed document with its gold rows (s0, s1, t0, t1) and paragraph starts."""

    doc: Doc
    src: list[str]
    tgt: list[str]
    gold: list[tuple[int, int, int, int]]
    src_paras: set[int]
    tgt_paras: set[int]


def wmt21(corpora: Path = CORPORA) -> list[Doc]:
    """WMT21 ru→en: Russian source, translator A's English, the XML's paragraphs."""
    root = ET.parse(corpora / "wmt21-newstest-ru-en" / "newstest2021.ru-en.src-ref.xml").getroot()
    docs = []
    for d in root.iter("doc"):
        doc = Doc(d.attrib["id"], "ru", "en")
        src = d.find("src")
        ref = next(r for r in d.iter("ref") if r.attrib.get("translator") == "A")
        assert src is not None
        for p in src.iter("p"):
            doc.paras.add(len(doc.src))
            doc.src.extend((s.text or "").strip() for s in p.iter("seg"))
        doc.tgt = [(s.text or "").strip() for s in ref.iter("seg")]
        docs.append(doc)
    return docs


def ntrex(tgt_lang: str, corpora: Path = CORPORA) -> list[Doc]:
    """NTREX-128 en→ru / en→kk by document id (no paragraphs in the corpus)."""
    base = corpora / "ntrex128-newstest2019-en-ru-kk"
    name = {"ru": "newstest2019-ref.rus.txt", "kk": "newstest2019-ref.kaz.txt"}[tgt_lang]
    ids = (base / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    src = (base / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    tgt = (base / name).read_text(encoding="utf-8").splitlines()
    docs: list[Doc] = []
    for k, doc_id in enumerate(ids):
        if not docs or docs[-1].name != f"ntrex-{tgt_lang}:{doc_id}":
            docs.append(Doc(f"ntrex-{tgt_lang}:{doc_id}", "en", tgt_lang))
        docs[-1].src.append(src[k])
        docs[-1].tgt.append(tgt[k])
    return docs


def wmt19_kk(corpora: Path = CORPORA, size: int = 12) -> list[Doc]:
    """WMT19 kk→en in runs of ``size`` lines (the copy has no document ids)."""
    base = corpora / "wmt19-newstest-kk-en"
    src = (base / "newstest2019.kk-en.src.kk").read_text(encoding="utf-8").splitlines()
    tgt = (base / "newstest2019.kk-en.ref.en").read_text(encoding="utf-8").splitlines()
    return [
        Doc(f"wmt19-kk:{k // size:03d}", "kk", "en", src[k : k + size], tgt[k : k + size])
        for k in range(0, len(src), size)
    ]


def corpora() -> dict[str, list[Doc]]:
    """The four document sets, by name."""
    return {"wmt21 ru-en": wmt21(), "ntrex en-ru": ntrex("ru"), "ntrex en-kk": ntrex("kk"), "wmt19 kk-en": wmt19_kk()}


def in_split(name: str, split: str) -> bool:
    """Test documents are half of them by a hash of the id; the rest are for tuning."""
    test = zlib.crc32(name.encode()) % 2 == 0
    return split == "all" or (split == "test") == test


def _source_paragraphs(doc: Doc, rng: random.Random) -> set[int]:
    """The corpus's paragraphs, or runs of 1–4 sentences when it has none; headline alone."""
    paras = set(doc.paras) if len(doc.paras) > 1 else set()
    if not paras:
        k = 1
        while k < len(doc.src):
            paras.add(k)
            k += rng.randint(1, 4)
    return paras | {0, 1}


def perturb(doc: Doc, rng: random.Random, rates: dict[str, float] = RATES) -> Case:
    """A translation of ``doc`` with sentences dropped, added, merged and split."""
    src_paras = _source_paragraphs(doc, rng)
    src: list[str] = []
    tgt: list[str] = []
    gold: list[tuple[int, int, int, int]] = []
    s_starts: set[int] = set()
    t_starts: set[int] = set()
    k, n = 0, len(doc.src)
    while k < n:
        op = "keep"
        if k > 0:  # the headline is kept as it is
            r = rng.random()
            for name, p in rates.items():
                if r < p:
                    op = name
                    break
                r -= p
        # A merge stays inside a paragraph, as translators merge within one.
        if op.startswith("merge") and (k + 1 >= n or k + 1 in src_paras):
            op = "keep"
        size = 2 if op.startswith("merge") else 1
        s0, t0 = len(src), len(tgt)
        para = k in src_paras
        if op != "drop_s":
            if para:
                s_starts.add(len(src))
            src.extend([" ".join(doc.src[k : k + 2])] if op == "merge_s" else doc.src[k : k + size])
        if op != "drop_t":
            # The target's paragraphs are regrouped: half the source breaks survive,
            # and a tenth of other rows start a new paragraph; the headline stays alone.
            if k <= 1 or (para and rng.random() < 0.5) or (not para and rng.random() < 0.1):
                t_starts.add(len(tgt))
            tgt.extend([" ".join(doc.tgt[k : k + 2])] if op == "merge_t" else doc.tgt[k : k + size])
        gold.append((s0, len(src), t0, len(tgt)))
        k += size
    return Case(doc, src, tgt, gold, s_starts, t_starts)


def cases(docs: Iterable[Doc], split: str, seeds: Iterable[int]) -> list[Case]:
    """The perturbed copies of a split's documents, one per seed."""
    out = []
    for seed in seeds:
        for doc in docs:
            if in_split(doc.name, split):
                out.append(perturb(doc, random.Random(f"{seed}:{doc.name}")))
    return out


def _kind(b: tuple[int, int, int, int]) -> str:
    return f"{b[1] - b[0]}-{b[3] - b[2]}"


@dataclass
class Score:
    """Row counts over many cases."""

    hit: int = 0
    gold: int = 0
    seconds: float = 0.0
    kind_gold: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    kind_pred: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    # Left-out (1-0) and added (0-1) sentences that stand alone in the prediction, wherever
    # it puts them next to a neighbouring null row (exact recall also counts that order,
    # which nothing in the texts decides).
    alone: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, gold: list[tuple[int, int, int, int]], pred: list[Bead]) -> None:
        """Count one case."""
        p = {(b.src_from, b.src_to, b.tgt_from, b.tgt_to) for b in pred}
        g = set(gold)
        pred_src_null = {b[0] for b in p if b[3] == b[2]}
        pred_tgt_null = {b[2] for b in p if b[1] == b[0]}
        for b in g:
            if _kind(b) == "1-0":
                self.alone["1-0"] += b[0] in pred_src_null
            elif _kind(b) == "0-1":
                self.alone["0-1"] += b[2] in pred_tgt_null
        self.hit += len(g & p)
        self.gold += len(g)
        for b in g:
            self.kind_gold[_kind(b)][0] += b in p
            self.kind_gold[_kind(b)][1] += 1
        for b in p:
            self.kind_pred[_kind(b)][0] += b in g
            self.kind_pred[_kind(b)][1] += 1

    def exact(self) -> float:
        """Share of gold rows found exactly."""
        return self.hit / self.gold if self.gold else 0.0

    def recall(self, kind: str) -> float:
        h, t = self.kind_gold[kind]
        return h / t if t else float("nan")

    def alone_recall(self, kind: str) -> float:
        """Share of gold 1-0 (0-1) sentences that are a 1-0 (0-1) row of the prediction."""
        t = self.kind_gold[kind][1]
        return self.alone[kind] / t if t else float("nan")

    def precision(self, kind: str) -> float:
        h, t = self.kind_pred[kind]
        return h / t if t else float("nan")


def _supports_paragraphs() -> bool:
    return "paragraphs" in inspect.signature(align).parameters


def run(case: Case, **kwargs: object) -> list[Bead]:
    """Align one case with the default (model-free) aligner, paragraphs when supported."""
    if _supports_paragraphs():
        kwargs.setdefault("paragraphs", (case.src_paras, case.tgt_paras))
    return align(case.src, case.tgt, src_lang=case.doc.src_lang, tgt_lang=case.doc.tgt_lang, **kwargs)  # type: ignore[arg-type]


def score(all_cases: Iterable[Case], **kwargs: object) -> Score:
    """Align and score every case."""
    s = Score()
    for case in all_cases:
        t0 = time.process_time()
        pred = run(case, **kwargs)
        s.seconds += time.process_time() - t0
        s.add(case.gold, pred)
    return s


def table(rows: dict[str, Score]) -> str:
    """Exact share and per-kind recall/precision, one line per corpus."""
    head = f"{'corpus':12} {'rows':>5} {'exact':>6} " + " ".join(f"{k + ' R/P (n)':>17}" for k in KINDS)
    lines = [head]
    for name, s in rows.items():
        cells = " ".join(
            f"{100 * s.recall(k):5.1f}/{100 * s.precision(k):5.1f} ({s.kind_gold[k][1]:>4})"
            if s.kind_gold[k][1]
            else f"{'-':>17}"
            for k in KINDS
        )
        lines.append(f"{name:12} {s.gold:5d} {100 * s.exact():6.2f} {cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("test", "tune", "all"), default="test")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    args = ap.parse_args(argv)
    total = Score()
    rows: dict[str, Score] = {}
    for name, docs in corpora().items():
        s = score(cases(docs, args.split, args.seeds))
        rows[name] = s
        total.hit += s.hit
        total.gold += s.gold
        total.seconds += s.seconds
        for k in ("1-0", "0-1"):
            total.alone[k] += s.alone[k]
        for k in KINDS:
            for src, dst in ((s.kind_gold, total.kind_gold), (s.kind_pred, total.kind_pred)):
                dst[k][0] += src[k][0]
                dst[k][1] += src[k][1]
    rows["all"] = total
    print(
        f"split={args.split} seeds={args.seeds}; exact = gold rows found exactly (%); "
        "per kind: recall/precision (gold rows)"
    )
    print(table(rows))
    print(
        "left-out / added sentences standing alone (any order next to a neighbouring null row): "
        + ", ".join(
            f"{name} {100 * s.alone_recall('1-0'):.1f} / {100 * s.alone_recall('0-1'):.1f}" for name, s in rows.items()
        )
    )
    print(f"CPU time: {total.seconds:.2f} s for all cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
