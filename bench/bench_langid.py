"""Language-identification benchmark: accuracy per language on held-out text, and speed.

Held-out text: the NTREX-128 documents the profiles were *not* built from (the complement of
``build_documents`` in resources/langid/manifest.json), 25 languages, and the FLORES-200
devtest for en/ru/kk (never used for building). For each set-up it prints, per language,
accuracy on full sentences and on their first three words (a headline with nothing to fall
back on), and sentences per second on full sentences:

* all languages     LanguageDetector() (the default: every language Sverka knows), detect_text
* en/ru/kk project  LanguageDetector(("en", "ru", "kk")), detect_text (en/ru/kk rows only)
* sentence, text ok detect_sentence with the right text language as fallback (all languages)
* sentence, wrong   detect_sentence with a wrong fallback (ru for Cyrillic, en for the rest)
* langdetect-55     langdetect itself, seeded, its 55 profiles (the library default)

Run:  .venv/bin/python bench/bench_langid.py [--limit N] [--setups all,project,...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from sverka.core.langid import LanguageDetector  # noqa: E402
from sverka.core.scripts import writing_system_of_language  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
NTREX = SHARED / "ntrex128-multi"
FLORES = SHARED / "flores200-devtest"
MANIFEST = ROOT / "resources" / "langid" / "manifest.json"
NTREX_FILES = {
    "ru": "rus",
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
    "en": "eng-GB",
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
}
FLORES_FILES = {"en": "eng_Latn.devtest", "ru": "rus_Cyrl.devtest", "kk": "kaz_Cyrl.devtest"}

Detect = Callable[[str, str], str]  # (sentence, gold language) -> detected code


def held_out(limit: int | None = None, keep: set[str] | None = None) -> dict[str, list[str]]:
    """Held-out sentences: NTREX lines of documents not built from, keyed by "ntrex:xx"
    (``keep``: the lines of these documents instead, for bench/tune_langid.py).

    A line left untranslated (the same text as in another language's file at that line, such
    as the French quote "Il faut bien le faire." or an English sentence in the Kazakh file) is
    not in the language its file is named for, so it is left out, as are lines without letters.
    """
    build = set(json.loads(MANIFEST.read_text(encoding="utf-8"))["build_documents"])
    docs = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split()
    files = {
        lang: (NTREX / f"newstest2019-ref.{suffix}.txt").read_text(encoding="utf-8").splitlines()
        for lang, suffix in NTREX_FILES.items()
    }
    out: dict[str, list[str]] = {}
    for lang, lines in files.items():
        kept = []
        for i, (text, doc) in enumerate(zip(lines, docs, strict=True)):
            if (doc in build if keep is None else doc not in keep) or not any(c.isalpha() for c in text):
                continue
            if any(other[i].strip() == text.strip() for code, other in files.items() if code != lang):
                continue
            kept.append(text)
        out[f"ntrex:{lang}"] = kept[:limit] if limit else kept
    for lang, name in FLORES_FILES.items():
        lines = [t for t in (FLORES / name).read_text(encoding="utf-8").splitlines() if t.strip()]
        out[f"flores:{lang}"] = lines[:limit] if limit else lines
    return out


def first_words(sentence: str, n: int = 3) -> str:
    return " ".join(sentence.split()[:n])


def names_only(head: str) -> bool:
    """A head whose every word is capitalised or has no letter ("Президент Дональд Трамп",
    "Канзас Сити, Миссури", "The Sunday Times"): names and titles that Russian and Kazakh (and
    often English) write alike, so its file's language is no fact about the head itself."""
    for word in head.split():
        letters = [c for c in word if c.isalpha()]
        if letters and not letters[0].isupper():
            return False
    return True


def langdetect_55() -> Detect:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0

    def detect(sentence: str, gold: str) -> str:
        d = factory.create()
        d.append(sentence)
        try:
            got = str(d.detect())
        except LangDetectException:
            return "?"
        return "zh" if got.startswith("zh") else got

    return detect


def setups(names: list[str]) -> dict[str, tuple[Detect, set[str] | None]]:
    """Set-ups by row label, each with the gold languages it is meant for (None: all)."""
    every = LanguageDetector()
    project = LanguageDetector(("en", "ru", "kk"))

    def wrong(gold: str) -> str:
        if gold in ("en", "ru"):
            return "ru" if gold == "en" else "en"
        return "ru" if writing_system_of_language(gold) == "cyrillic" else "en"

    table: dict[str, tuple[Detect, set[str] | None]] = {
        "all": (lambda s, g: every.detect_text(s), None),
        "project": (lambda s, g: project.detect_text(s), {"en", "ru", "kk"}),
        "sent-ok": (lambda s, g: every.detect_sentence(s, g), None),
        "sent-wrong": (lambda s, g: every.detect_sentence(s, wrong(g)), None),
        "langdetect": (langdetect_55(), None) if "langdetect" in names else (lambda s, g: "?", None),
    }
    return {k: v for k, v in table.items() if k in names}


LABELS = {
    "all": "all languages",
    "project": "en/ru/kk project",
    "sent-ok": "sentence, text ok",
    "sent-wrong": "sentence, wrong",
    "langdetect": "langdetect-55",
}


def import_share(articles: int) -> None:
    """Detection's share of import time: bench_import's articles with no language given."""
    import tempfile

    sys.path.insert(0, str(ROOT / "bench"))
    import bench_import

    from sverka.core.languages import SUPPORTED_LANGUAGES
    from sverka.core.segment import segment_spans
    from sverka.db.project import open_project
    from sverka.ops.ingest.importer import Importer

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "articles.jsonl"
        bench_import.generate(data, articles)
        records = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
        for rec in records:
            rec.pop("lang", None)  # the detector decides, as for a folder of plain files
        data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        texts = [r["text"] for r in records]
        for label, langs in (("en/ru/kk project", ("en", "ru", "kk")), ("all languages", SUPPORTED_LANGUAGES)):
            det = LanguageDetector(langs)
            det.detect_text("warm up the shared model")
            # Best of REPEATS for each part: the machine is shared, the minimum is the signal.
            detect_s = import_s = float("inf")
            sentences = 0
            for attempt in range(REPEATS):
                t = time.perf_counter()
                for text in texts:
                    lang = det.detect_text(text)
                    det.detect_spans(text, segment_spans(text, lang), lang)
                both_s = time.perf_counter() - t
                t = time.perf_counter()
                for text in texts:
                    segment_spans(text, "ru")
                detect_s = min(detect_s, both_s - (time.perf_counter() - t))  # segmentation is not detection
                project = open_project(folder / f"{len(langs)}-{attempt}.sverka", create=True)
                t = time.perf_counter()
                report = Importer(project, langs).import_paths([data])
                import_s = min(import_s, time.perf_counter() - t)
                sentences = report.sentences
                project.close()
            print(
                f"{label:<17} import {import_s:6.2f} s ({sentences:,} sentences), "
                f"detection {detect_s:5.2f} s = {detect_s / import_s:.0%} of import "
                f"({detect_s / sentences * 1e3:.3f} ms per sentence)"
            )


REPEATS = 5


def build_texts() -> dict[str, list[str]]:
    """Texts of the *build* documents (for tuning; never the held-out half): each document's
    lines in one language joined into texts of about NGRAM_SAMPLE characters."""
    from sverka.core.langid import NGRAM_SAMPLE

    build = set(json.loads(MANIFEST.read_text(encoding="utf-8"))["build_documents"])
    docs = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split()
    out: dict[str, list[str]] = {}
    for lang, suffix in NTREX_FILES.items():
        lines = (NTREX / f"newstest2019-ref.{suffix}.txt").read_text(encoding="utf-8").splitlines()
        texts: list[str] = []
        current, current_doc = "", None
        for text, doc in zip(lines, docs, strict=True):
            if doc not in build:
                continue
            if doc != current_doc or len(current) >= NGRAM_SAMPLE:
                if current:
                    texts.append(current)
                current, current_doc = "", doc
            current = f"{current} {text}".strip()
        if current:
            texts.append(current)
        out[lang] = texts
    return out


def early_stop() -> None:
    """For texts of the build documents: how often the early answer (first EARLY_SAMPLE
    characters) differs from the full sample's, by the early answer's lead; and the time."""
    from sverka.core import langid

    det = LanguageDetector()
    rows: list[tuple[float, bool]] = []
    for texts in build_texts().values():
        for text in texts:
            system = langid.writing_system(text)
            sub = det.candidates(system)
            if len(sub) < 2:
                continue
            sample = text[: langid.NGRAM_SAMPLE]
            cut = sample.rfind(" ", 0, langid.EARLY_SAMPLE)
            if cut <= 0 or len(sample) <= langid.EARLY_SAMPLE:
                continue
            early = det._ngram(sample[:cut], sub, system=system)
            full = det._ngram(sample, sub, system=system)
            assert early is not None and full is not None
            rows.append((early[2], early[0] != full[0]))
    print(f"{len(rows)} texts of the build documents longer than EARLY_SAMPLE={langid.EARLY_SAMPLE}")
    for lead in (10, 20, 30, 40, 60, 80):
        stopped = [differs for got, differs in rows if got >= lead]
        print(f"lead >= {lead:>3}: stops {len(stopped) / len(rows):6.1%}, early answer differs in {sum(stopped)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--import-share", type=int, metavar="ARTICLES", help="only the import-time share")
    ap.add_argument("--early", action="store_true", help="only the early-stop check on the build documents")
    ap.add_argument("--limit", type=int, default=None, help="sentences per language")
    ap.add_argument("--setups", default="all,project,sent-ok,sent-wrong", help="comma list; also: langdetect")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per language")
    args = ap.parse_args()
    if args.import_share:
        import_share(args.import_share)
        return
    if args.early:
        early_stop()
        return
    data = held_out(args.limit)
    t0 = time.perf_counter()
    LanguageDetector().detect_text("warm up the shared model")
    print(f"model load: {time.perf_counter() - t0:.2f} s")
    report(data, args.setups.split(","), args.errors)


def report(data: dict[str, list[str]], names: list[str], errors: int = 0, three_errors: bool = False) -> None:
    """Print accuracy per corpus:language for each set-up in ``names`` (see the docstring)."""
    for name, (detect, only) in setups(names).items():
        print(f"\n{LABELS[name]}")
        print(f"{'corpus:lang':<12} {'n':>5} {'full':>7} {'3 words':>8} {'3w, not names only':>19}")
        total = 0
        elapsed = 0.0
        for key, sentences in data.items():
            gold = key.split(":")[1]
            if only is not None and gold not in only:
                continue
            t = time.perf_counter()
            got = [detect(s, gold) for s in sentences]
            elapsed += time.perf_counter() - t
            total += len(sentences)
            heads = [detect(first_words(s), gold) for s in sentences]
            full = sum(g == gold for g in got) / len(sentences)
            three = sum(g == gold for g in heads) / len(sentences)
            # The same heads without the names-only ones (how many: in brackets).
            named = [names_only(first_words(s)) for s in sentences]
            rest = [g == gold for g, only in zip(heads, named, strict=True) if not only]
            plain = sum(rest) / len(rest) if rest else float("nan")
            print(f"{key:<12} {len(sentences):>5} {full:>7.2%} {three:>8.2%} {plain:>10.2%} ({sum(named):>4})")
            if errors:
                shown = [first_words(s) for s in sentences] if three_errors else sentences
                found = heads if three_errors else got
                wrong = [(s, g) for s, g in zip(shown, found, strict=True) if g != gold][:errors]
                for s, g in wrong:
                    print(f"      -> {g}: {s[:100]}")
        print(f"speed: {total / elapsed:,.0f} sentences/s (full sentences)")


if __name__ == "__main__":
    main()
