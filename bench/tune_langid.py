"""Tuning harness for language identification that never sees the held-out documents.

The build documents (resources/langid/manifest.json) are split again, every other one: the
profiles are rebuilt in memory from the first half ("inner build") and the detector is scored
on the sentences of the second half ("inner test"). Every rule and constant of
sverka.core.langid is chosen on this split; bench/bench_langid.py then scores the shipped
profiles (built from all build documents) on the held-out documents, once.

Run:  .venv/bin/python bench/tune_langid.py [--errors N] [--setups all,project] [--langs bg,ru]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))

import bench_langid  # noqa: E402
import build_langid_profiles as build  # noqa: E402


def inner_split() -> tuple[set[str], set[str]]:
    """(inner build, inner test): the build documents in order of appearance, alternately."""
    chosen = set(json.loads(bench_langid.MANIFEST.read_text(encoding="utf-8"))["build_documents"])
    order = [d for d in dict.fromkeys(build.documents(bench_langid.NTREX)) if d in chosen]
    return set(order[0::2]), set(order[1::2])


def install_inner_profiles(docs: set[str], cache: Path | None = None, min_count: int = 1) -> None:
    """Make sverka.core.langid_model score with profiles built from ``docs`` only (``cache``:
    a packed copy of that model, reused while the profile code is unchanged)."""
    from sverka.core import langid_model

    if cache is not None and cache.is_file():
        _, packed = langid_model.unpack_model(cache.read_bytes())
        langid_model.use_model(packed)
        return
    langid_model.use_langdetect_normaliser()
    profiles, words = build.build_all(bench_langid.NTREX, docs)
    model = langid_model.build_model(*build.model_inputs(profiles, words), word_min_count=min_count)
    if cache is not None:
        cache.write_bytes(langid_model.pack_model(model))
    langid_model.use_model(model)


def inner_sentences(docs: set[str]) -> dict[str, list[str]]:
    return bench_langid.held_out(keep=docs)


def wmt_sentences() -> dict[str, list[str]]:
    """A second tuning set for en/ru/kk, in neither the build nor the evaluation: WMT21
    ru->en (Russian originals, English reference A) and WMT19 kk->en (Kazakh originals)."""
    import csv

    shared = bench_langid.SHARED
    with open(shared / "wmt21-newstest-ru-en" / "newstest2021.ru-en.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    kk = (shared / "wmt19-newstest-kk-en" / "newstest2019.kk-en.src.kk").read_text(encoding="utf-8").splitlines()
    en = (shared / "wmt19-newstest-kk-en" / "newstest2019.kk-en.ref.en").read_text(encoding="utf-8").splitlines()
    out = {
        "wmt:ru": [r["ru_src"] for r in rows],
        "wmt:en": [r["en_ref_A"] for r in rows] + en,
        "wmt:kk": kk,
    }
    return {k: [t for t in v if any(c.isalpha() for c in t)] for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--setups", default="all,project")
    ap.add_argument("--langs", default="")
    ap.add_argument("--word-min-count", type=int, default=1, help="build: words seen fewer times are left out")
    ap.add_argument(
        "--wmt", action="store_true", help="score WMT21 ru / WMT19 kk / their English with the shipped model"
    )
    ap.add_argument("--cache", type=Path, default=None, help="packed inner model to reuse or write")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="override a langid constant")
    ap.add_argument("--summary", action="store_true", help="one line: worst full, mean 3 words, en/ru/kk errors")
    ap.add_argument("--three", action="store_true", help="print errors of the three-word heads")
    args = ap.parse_args()
    if args.wmt:
        # The shipped profiles: WMT was not built from.
        data = wmt_sentences()
    else:
        build_docs, test_docs = inner_split()
        t = time.perf_counter()
        install_inner_profiles(build_docs, args.cache, args.word_min_count)
        print(f"inner profiles: {time.perf_counter() - t:.1f} s")
        data = {k: v for k, v in inner_sentences(test_docs).items() if k.startswith("ntrex:")}
    if args.langs:
        data = {k: v for k, v in data.items() if k.split(":")[1] in args.langs.split(",")}
    from sverka.core import langid

    for item in args.set:
        name, value = item.split("=")
        setattr(langid, name, type(getattr(langid, name))(float(value)))
    if args.summary:
        summary(data, args.set)
        return
    bench_langid.report(data, args.setups.split(","), args.errors, three_errors=args.three)


def summary(data: dict[str, list[str]], label: list[str]) -> None:
    """Worst full-sentence accuracy (every language), mean three-word accuracy, errors on
    en/ru/kk full sentences, and the project's kk/ru three-word accuracy, on one line."""
    from sverka.core.langid import LanguageDetector

    every = LanguageDetector()
    project = LanguageDetector(("en", "ru", "kk"))
    full: dict[str, float] = {}
    three: dict[str, float] = {}
    big_errors = 0
    proj: dict[str, float] = {}
    for key, sentences in data.items():
        gold = key.split(":")[1]
        got = [every.detect_text(s) == gold for s in sentences]
        full[gold] = sum(got) / len(got)
        heads = [bench_langid.first_words(s) for s in sentences]
        three[gold] = sum(every.detect_text(h) == gold for h in heads) / len(heads)
        if gold in ("en", "ru", "kk"):
            big_errors += len(got) - sum(got)
            proj[gold] = sum(project.detect_text(h) == gold for h in heads) / len(heads)
    worst = sorted(full.items(), key=lambda kv: kv[1])[:3]
    print(
        " ".join(label),
        "| worst full",
        " ".join(f"{k} {v:.2%}" for k, v in worst),
        f"| mean full {sum(full.values()) / len(full):.3%} | mean 3w {sum(three.values()) / len(three):.2%}",
        f"| en/ru/kk errors {big_errors} | project 3w ru {proj.get('ru', 0):.2%} kk {proj.get('kk', 0):.2%}",
        flush=True,
    )


if __name__ == "__main__":
    main()
