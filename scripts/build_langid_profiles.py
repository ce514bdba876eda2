"""Build Sverka's language profiles from NTREX-128 (the languages langdetect lacks, and news).

langdetect ships 55 profiles (Wikipedia abstracts); the languages of the region it lacks are
built here, in its own profile format (``{"name", "freq", "n_words"}`` JSON) with its own
n-gram code (``LangProfile.update`` and ``omit_less_freq``), so the detector treats them
exactly like the shipped ones. The 14 NTREX languages langdetect has get a news profile too,
merged with the shipped one when the model loads (see SUPPLEMENT).

Only half of the NTREX documents are used: the documents at even positions, in the order in
which DOCUMENT_IDS.tsv first names them. The other half is held out for scoring
(bench/bench_langid.py, tests/unit/test_langid_accuracy.py); the manifest written beside the
profiles lists the documents used, so scorers can take the complement.

Run:  .venv/bin/python scripts/build_langid_profiles.py [--corpus ../shared/corpora/ntrex128-multi]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "ntrex128-multi"
OUT = ROOT / "resources" / "langid"

# NTREX file suffix -> ISO 639-1 code, for the languages langdetect has no profile for.
BUILT = {
    "kaz": "kk", "kir": "ky", "tat": "tt", "bak": "ba", "tgk-Cyrl": "tg", "mon": "mn",
    "bel": "be", "srp-Cyrl": "sr", "aze-Latn": "az", "uzb": "uz", "tuk": "tk",
}  # fmt: skip
# Every NTREX language in the corpus folder, for scorers (the 11 above plus 14 langdetect has).
NTREX = {
    **BUILT,
    "rus": "ru", "ukr": "uk", "bul": "bg", "mkd": "mk", "eng-GB": "en", "deu": "de",
    "fra": "fr", "spa": "es", "ita": "it", "pol": "pl", "ces": "cs", "tur": "tr",
    "arb": "ar", "zho_Hans": "zh",
}  # fmt: skip
# Languages langdetect has a profile for: their NTREX profile (same name) is merged with the
# shipped one at load time (the mean of the two distributions), so that every language of the
# region is also known from news, not only the 11 above from news and the rest from Wikipedia.
SUPPLEMENT = {s: c for s, c in NTREX.items() if s not in BUILT}
SUPPLEMENT["zho_Hans"] = "zh-cn"
SOURCE = {
    "corpus": "NTREX-128 (Federmann, Kocmi and Xin, 2022), CC BY-SA 4.0",
    "repository": "Helsinki-NLP/OPUS-MT-testsets, datasets/microsoft/ntrex/NTREX/",
    "commit": "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180",
}


def documents(corpus: Path) -> list[str]:
    """The document id of every line (line i of each language file is in documents()[i])."""
    return (corpus / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split()


def build_documents(doc_of_line: list[str]) -> list[str]:
    """The documents the profiles are built from: every other one, in order of appearance."""
    order = list(dict.fromkeys(doc_of_line))
    return order[0::2]


def lines(corpus: Path, suffix: str) -> list[str]:
    return (corpus / f"newstest2019-ref.{suffix}.txt").read_text(encoding="utf-8").splitlines()


def build_profile(code: str, sentences: list[str]) -> dict[str, object]:
    """A langdetect profile of ``sentences`` (its own n-gram extraction and pruning)."""
    from langdetect.utils.lang_profile import LangProfile

    from sverka.core.langid_model import fold_homoglyphs

    profile = LangProfile(name=code)
    for sentence in sentences:
        # The detector folds Latin look-alikes inside Cyrillic words; so does the build.
        profile.update(fold_homoglyphs(sentence))
    profile.omit_less_freq()
    return {"name": code, "freq": dict(sorted(profile.freq.items())), "n_words": profile.n_words}


def build_words(sentences: list[str]) -> dict[str, object]:
    """Word counts of ``sentences`` as the detector sees words (``langid_model.words_of``)."""
    from collections import Counter

    from sverka.core.langid_model import words_of

    counts: Counter[str] = Counter()
    for sentence in sentences:
        counts.update(words_of(sentence))
    return {"tokens": sum(counts.values()), "words": dict(sorted(counts.items()))}


# Chinese is written without spaces: a "word" would be a whole clause.
NO_WORDS = {"zh-cn"}


def build_all(corpus: Path, chosen: set[str]) -> tuple[dict[str, dict[str, object]], dict[str, dict[str, object]]]:
    """Profiles and word counts (code -> JSON data) of every NTREX language, from the lines
    of the ``chosen`` documents. ValueError when a file does not have a line per document line."""
    doc_of_line = documents(corpus)
    profiles = {}
    words = {}
    for suffix, code in {**BUILT, **SUPPLEMENT}.items():
        text = lines(corpus, suffix)
        if len(text) != len(doc_of_line):
            raise ValueError(f"{suffix}: {len(text)} lines, DOCUMENT_IDS.tsv has {len(doc_of_line)}")
        picked = [t for t, d in zip(text, doc_of_line, strict=True) if d in chosen]
        profiles[code] = build_profile(code, picked)
        if code not in NO_WORDS:
            words[code] = build_words(picked)
    return profiles, words


def profile_json(profile: dict[str, object]) -> str:
    return json.dumps(profile, ensure_ascii=False, separators=(",", ":"))


def model_inputs(
    profiles: dict[str, dict[str, object]], words: dict[str, dict[str, object]]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``build_model``'s arguments: langdetect's profiles with these, and these words."""
    from sverka.core.langid_model import profile_texts

    ours = [(code, profile_json(p)) for code, p in sorted(profiles.items())]
    return profile_texts(ours), [(code, profile_json(w)) for code, w in sorted(words.items())]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not (args.corpus / "DOCUMENT_IDS.tsv").is_file():
        print(f"{args.corpus}: no DOCUMENT_IDS.tsv (not the NTREX-128 folder)", file=sys.stderr)
        return 1
    from sverka.core.langid_model import build_model, pack_model, use_langdetect_normaliser

    use_langdetect_normaliser()
    chosen = set(build_documents(documents(args.corpus)))
    try:
        profiles, words = build_all(args.corpus, chosen)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    for folder in ("profiles", "words"):
        (args.out / folder).mkdir(parents=True, exist_ok=True)
    for code, profile in profiles.items():
        path = args.out / "profiles" / code
        path.write_text(profile_json(profile), encoding="utf-8")
        print(f"{code}: {len(profile['freq'])} n-grams -> {path}")  # type: ignore[arg-type]
    for code, counted in words.items():
        (args.out / "words" / code).write_text(profile_json(counted), encoding="utf-8")
    # The packed model the application reads (langdetect's 55 profiles and these, merged).
    packed = pack_model(build_model(*model_inputs(profiles, words)))
    (args.out / "model.bin").write_bytes(packed)
    print(f"model: {len(packed):,} bytes -> {args.out / 'model.bin'}")
    from importlib.metadata import version

    manifest = {
        **SOURCE,
        "langdetect": version("langdetect"),
        "profiles": {code: suffix for suffix, code in BUILT.items()},
        "merged_with_langdetect": {code: suffix for suffix, code in SUPPLEMENT.items()},
        "build_documents": sorted(chosen),
        "split": "documents at even positions in order of first appearance in DOCUMENT_IDS.tsv",
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
