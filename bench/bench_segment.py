"""Segmenter benchmark: throughput and boundary accuracy of sverka.core.segment vs razdel.

Speed: the seed articles plus FLORES-200 devtest (en/ru/kk) sentences glued into paragraphs of
five, segmented again and again; prints chars/s and sentences/s. Accuracy: each FLORES line is
one reference sentence, so gluing lines with a space gives known boundaries; prints precision
and recall of the boundaries each segmenter finds (razdel was built for Russian; it is run on
all three languages the same way).

Run:  .venv/bin/python bench/bench_segment.py [--seconds 2]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from sverka.core.langid import LanguageDetector
from sverka.core.segment import segment, segment_spans

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLORES = SHARED / "corpora" / "flores200-devtest"
FILES = {"en": "eng_Latn.devtest", "ru": "rus_Cyrl.devtest", "kk": "kaz_Cyrl.devtest"}
PARAGRAPH = 5

Spans = list[tuple[int, int]]


def sverka_spans(text: str, lang: str) -> Spans:
    """Spans from Sverka's segmenter."""
    return [(s.start, s.end) for s in segment(text, lang)]


def sverka_tuples(text: str, lang: str) -> Spans:
    """segment_spans: the bulk-import variant that skips building dataclasses."""
    return [(s, e) for s, e, _ in segment_spans(text, lang)]


_DETECTOR = LanguageDetector()


def sverka_import_path(text: str, lang: str) -> Spans:
    """What an importer does per text: detect its language, segment, detect each sentence."""
    text_lang = _DETECTOR.detect_text(text)
    spans = segment_spans(text, text_lang)
    _DETECTOR.detect_spans(text, spans, text_lang)
    return [(s, e) for s, e, _ in spans]


def razdel_spans(text: str, lang: str) -> Spans:
    """Spans from razdel.sentenize (language-agnostic, tuned for Russian)."""
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(text)]


def paragraphs(lines: list[str], docs: list[str] | None = None, glue: str = " ") -> tuple[list[str], list[set[int]]]:
    """Glue reference sentences into paragraphs; return them with their gold end offsets.

    With ``docs`` (the document of each line) a paragraph never spans two documents. Chinese
    is glued with no space (``glue=""``), as it is written.
    """
    texts: list[str] = []
    golds: list[set[int]] = []
    groups: list[list[str]] = []
    for i, line in enumerate(lines):
        same_doc = docs is None or (i > 0 and docs[i] == docs[i - 1])
        if not line.strip():
            continue
        if groups and same_doc and len(groups[-1]) < PARAGRAPH:
            groups[-1].append(line.strip())
        else:
            groups.append([line.strip()])
    for chunk in groups:
        ends: set[int] = set()
        pos = 0
        for sent in chunk:
            pos += len(sent)
            ends.add(pos)
            pos += len(glue)
        texts.append(glue.join(chunk))
        golds.append(ends)
    return texts, golds


NTREX = SHARED / "corpora" / "ntrex128-multi"
NTREX_FILES = {
    "uk": "ukr",
    "be": "bel",
    "bg": "bul",
    "mk": "mkd",
    "sr": "srp-Cyrl",
    "kk": "kaz",
    "ky": "kir",
    "tt": "tat",
    "ba": "bak",
    "tg": "tgk-Cyrl",
    "mn": "mon",
    "de": "deu",
    "fr": "fra",
    "es": "spa",
    "it": "ita",
    "pl": "pol",
    "cs": "ces",
    "tr": "tur",
    "az": "aze-Latn",
    "uz": "uzb",
    "tk": "tuk",
    "ar": "arb",
    "zh": "zho_Hans",
    "ru": "rus",
    "en": "eng-GB",
}


def ntrex_table() -> None:
    """Boundary precision/recall on NTREX-128 (25 languages), paragraphs of one document."""
    docs = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split()
    print("boundary accuracy on NTREX-128 (up to 5 sentences of one document per paragraph)")
    print(f"{'lang':<5} {'precision':>9} {'recall':>7} {'F1':>6}")
    for lang, suffix in NTREX_FILES.items():
        lines = (NTREX / f"newstest2019-ref.{suffix}.txt").read_text(encoding="utf-8").splitlines()
        texts, golds = paragraphs(lines, docs, "" if lang == "zh" else " ")
        p, r = boundary_scores(sverka_spans, texts, golds, lang)
        print(f"{lang:<5} {p:>9.3f} {r:>7.3f} {2 * p * r / max(p + r, 1e-9):>6.3f}")


def punctuation_runs() -> None:
    """Seconds to segment one run of N dots (issue 13: 64 KB took 42 s before the fix)."""
    print("one run of dots")
    for n in (1_000, 64_000, 1_000_000):
        t = time.perf_counter()
        segment_spans("." * n, "en")
        print(f"{n:>9,} dots: {time.perf_counter() - t:.4f} s")


def boundary_scores(
    split: Callable[[str, str], Spans], texts: Iterable[str], golds: Iterable[set[int]], lang: str
) -> tuple[float, float]:
    """Precision and recall of inner sentence boundaries (the paragraph end is not counted)."""
    tp = found = gold_n = 0
    for text, gold in zip(texts, golds, strict=True):
        inner_gold = gold - {len(text)}
        inner = {end for _, end in split(text, lang)} - {len(text)}
        tp += len(inner & inner_gold)
        found += len(inner)
        gold_n += len(inner_gold)
    return tp / max(found, 1), tp / max(gold_n, 1)


def throughput(split: Callable[[str, str], Spans], docs: list[tuple[str, str]], seconds: float) -> tuple[float, float]:
    """Chars/s and sentences/s over ``docs`` (text, lang), repeated for about ``seconds``."""
    chars = sents = 0
    t0 = time.perf_counter()
    elapsed = 0.0
    while elapsed < seconds:
        for text, lang in docs:
            sents += len(split(text, lang))
            chars += len(text)
        elapsed = time.perf_counter() - t0
    return chars / elapsed, sents / elapsed


def main() -> None:
    """Print the throughput and accuracy tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=2.0, help="time per throughput run")
    ap.add_argument("--ntrex", action="store_true", help="only the NTREX-128 accuracy table")
    args = ap.parse_args()
    if args.ntrex:
        ntrex_table()
        return
    punctuation_runs()

    docs: list[tuple[str, str]] = []
    corpora: dict[str, tuple[list[str], list[set[int]]]] = {}
    for lang, name in FILES.items():
        lines = (FLORES / name).read_text(encoding="utf-8").splitlines()
        corpora[lang] = paragraphs(lines)
        docs += [(t, lang) for t in corpora[lang][0]]
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    docs += [(p.read_text(encoding="utf-8"), "en") for p in seeds]

    splitters = {"sverka": sverka_spans, "razdel": razdel_spans}
    timed = {
        "sverka segment()": sverka_spans,
        "sverka segment_spans()": sverka_tuples,
        "sverka spans + langid": sverka_import_path,
        "razdel sentenize()": razdel_spans,
    }
    print(f"corpus: {len(docs)} texts, {sum(len(t) for t, _ in docs):,} chars")
    print(f"{'segmenter':<24} {'chars/s':>14} {'sentences/s':>13}")
    rates: dict[str, float] = {}
    for name, split in timed.items():
        cps, sps = throughput(split, docs, args.seconds)
        rates[name] = sps
        print(f"{name:<24} {cps:>14,.0f} {sps:>13,.0f}")
    ratio = rates["sverka segment()"] / rates["razdel sentenize()"]
    print(f"speed-up segment()/razdel: {ratio:.1f}x")
    print()
    print("boundary accuracy on FLORES-200 devtest (5 sentences per paragraph)")
    print(f"{'segmenter':<10} {'lang':<5} {'precision':>9} {'recall':>7}")
    for name, split in splitters.items():
        for lang, (texts, golds) in corpora.items():
            p, r = boundary_scores(split, texts, golds, lang)
            print(f"{name:<10} {lang:<5} {p:>9.3f} {r:>7.3f}")
    print()
    ntrex_table()


if __name__ == "__main__":
    main()
