"""Language-identification benchmark on the FLORES-200 devtest (en/ru/kk): accuracy and speed.

For each detector set-up it prints accuracy per language on full sentences and on their first
three words, and the speed on full sentences (best of --repeat passes):

* sverka text       LanguageDetector.detect_text on each sentence, as if it were a text
* sverka sent ok    detect_sentence with the right text language as fallback
* sverka sent wrong detect_sentence with a wrong fallback (en->ru, ru->kk, kk->ru)
* langdetect en+ru  langdetect alone, seeded, only the en and ru profiles (it has no kk)
* langdetect all-55 langdetect alone, seeded, every shipped profile (the library default)
* lingua en/ru/kk   lingua-language-detector restricted to the three languages, if installed

Run:  .venv/bin/python bench/bench_langid.py [--repeat 3] [--limit N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sverka.core.langid import LanguageDetector

FLORES = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "flores200-devtest"
FILES = {"en": "eng_Latn.devtest", "ru": "rus_Cyrl.devtest", "kk": "kaz_Cyrl.devtest"}
WRONG = {"en": "ru", "ru": "kk", "kk": "ru"}

Detect = Callable[[str, str], str]  # (sentence, gold language) -> detected code


def load(limit: int | None) -> dict[str, list[str]]:
    """FLORES sentences per language, optionally the first ``limit``."""
    out = {}
    for lang, name in FILES.items():
        lines = (FLORES / name).read_text(encoding="utf-8").splitlines()
        out[lang] = lines[:limit] if limit else lines
    return out


def langdetect_all(seed: int) -> Detect:
    """The library's default set-up (all 55 profiles), but seeded and in a private factory."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = seed

    def detect(sentence: str, gold: str) -> str:
        d = factory.create()
        d.append(sentence)
        try:
            return str(d.detect())
        except LangDetectException:
            return "?"

    return detect


def lingua_detector() -> Detect | None:
    """lingua-language-detector with en/ru/kk preloaded, or None when it is not installed."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    langs = (Language.ENGLISH, Language.RUSSIAN, Language.KAZAKH)
    det: Any = LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models()
    det = det.build()

    def detect(sentence: str, gold: str) -> str:
        lang = det.detect_language_of(sentence)
        return "?" if lang is None else str(lang.iso_code_639_1.name).lower()

    return detect


def setups(seed: int) -> dict[str, Detect]:
    """Every detector set-up to measure, by row label."""
    ours = LanguageDetector(("en", "ru", "kk"), seed=seed)
    rows: dict[str, Detect] = {
        "sverka text": lambda s, g: ours.detect_text(s),
        "sverka sent ok": lambda s, g: ours.detect_sentence(s, g),
        "sverka sent wrong": lambda s, g: ours.detect_sentence(s, WRONG[g]),
        "langdetect en+ru": lambda s, g: ours.detect_ngram(s, ("en", "ru")),
        "langdetect all-55": langdetect_all(seed),
    }
    lingua = lingua_detector()
    if lingua is not None:
        rows["lingua en/ru/kk"] = lingua
    return rows


def accuracy(detect: Detect, sentences: list[str], gold: str) -> float:
    """Share of ``sentences`` detected as ``gold``."""
    return sum(detect(s, gold) == gold for s in sentences) / max(len(sentences), 1)


def speed(detect: Detect, corpus: dict[str, list[str]], repeat: int) -> float:
    """Sentences per second over the whole corpus, best of ``repeat`` passes."""
    items = [(s, g) for g, sents in corpus.items() for s in sents]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for s, g in items:
            detect(s, g)
        best = min(best, time.perf_counter() - t0)
    return len(items) / best


def main() -> None:
    """Print the accuracy and speed table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="speed passes (best is kept)")
    ap.add_argument("--limit", type=int, default=None, help="sentences per language")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    full = load(args.limit)
    three = {g: [" ".join(s.split()[:3]) for s in sents] for g, sents in full.items()}
    n = sum(map(len, full.values()))
    print(f"FLORES-200 devtest: {n} sentences ({', '.join(f'{g} {len(s)}' for g, s in full.items())})")
    head = " ".join(f"{g:>6}" for g in FILES)
    print(f"{'set-up':<18} | full: {head} | 3 words: {head} | {'sent/s':>9}")
    print("-" * 92)
    for name, detect in setups(args.seed).items():
        acc_full = " ".join(f"{accuracy(detect, full[g], g):>6.3f}" for g in FILES)
        acc_three = " ".join(f"{accuracy(detect, three[g], g):>6.3f}" for g in FILES)
        # langdetect with all profiles is slow; one pass tells its speed well enough.
        reps = 1 if name == "langdetect all-55" else args.repeat
        rate = speed(detect, full, reps)
        print(f"{name:<18} |       {acc_full} |          {acc_three} | {rate:>9,.0f}")


if __name__ == "__main__":
    main()
