"""The n-gram model: langdetect's own n-gram extraction, shared loading, profiles on disk."""

from __future__ import annotations

import json
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sverka.core.langid_model import extract_ngrams, fold_homoglyphs, model
from sverka.core.languages import LANGUAGE_NAMES, SUPPORTED_LANGUAGES
from sverka.paths import resource

BUILT = ("kk", "ky", "tt", "ba", "tg", "mn", "be", "sr", "az", "uz", "tk")


@pytest.fixture(scope="module")
def factory():  # type: ignore[no-untyped-def]
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    f = DetectorFactory()
    f.load_profile(PROFILES_DIRECTORY)
    return f


def _langdetect_ngrams(factory, text: str) -> Counter[str]:  # type: ignore[no-untyped-def]
    detector = factory.create()
    detector.append(text)
    detector.cleaning_text()
    return Counter(detector._extract_ngrams())


_PIECES = [
    "Hello",
    "NATO",
    "McDonald's",
    "iPHONE",
    "ABc",
    "world",
    "Привет",
    "ЕС",
    "Тоқаев",
    "中文",
    "テスト",
    "한국어",
    "Ελληνικά",
    "Việt",
    "Nam",
    "ș",
    "ț",
    "مرحبا",
    "ی",
    " ",
    "  ",
    ".",
    ",",
    "1994",
    "\n",
    "«",
    "»",
    "—",
    "http://x.org/a",
    "a@b.cd",
    "Ünïcödé",
    "ÀÉÎ",
]


@settings(max_examples=300, deadline=None)
@example("テストテストViệt")  # langdetect counts Latin Extended Additional as non-Latin
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join) | st.text(max_size=60))
def test_extraction_is_langdetects(factory, text: str) -> None:  # type: ignore[no-untyped-def]
    """Same n-grams (those in some profile) as langdetect's Detector, on text without mixed
    Latin/Cyrillic words (those are folded first, on purpose)."""
    if fold_homoglyphs(text) != text:
        return
    known = factory.word_lang_prob_map
    ours = Counter(g for g in extract_ngrams(text) if g in known)
    assert ours == _langdetect_ngrams(factory, text)


def test_homoglyphs_folded_only_inside_mixed_words() -> None:
    assert fold_homoglyphs("Лaбуристичкa пaртиja and a party") == "Лабуристичка партија and a party"
    assert fold_homoglyphs("Apple Inc.") == "Apple Inc."


def test_names_are_skipped_while_enough_remains() -> None:
    text = "Norman Eisen, starszy pracownik naukowy w Brookings Institution, jest prezesem organizacji"
    grams = extract_ngrams(text, skip_names=True)
    assert " Ei" not in grams and " Br" not in grams and " No" in grams  # the first word stays
    assert " Ei" in extract_ngrams("Norman Eisen", skip_names=True)  # too little else: kept


def test_one_model_loaded_once_across_threads() -> None:
    with ThreadPoolExecutor(max_workers=6) as pool:
        models = list(pool.map(lambda _: model(), range(12)))
    assert all(m is models[0] for m in models)
    cyrillic = models[0].systems["cyrillic"]
    assert set(BUILT) - {"az", "uz", "tk"} <= set(cyrillic.profiles)
    assert {"az", "uz", "tk", "en", "de"} <= set(models[0].systems["latin"].profiles)
    assert cyrillic.scores("ωψφ", None) == ([0.0] * len(cyrillic.profiles), 0)  # unknown n-grams weigh nothing


def test_shipped_profiles_are_langdetect_format() -> None:
    from langdetect.utils.lang_profile import LangProfile

    manifest = json.loads(resource("langid/manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["profiles"]) == set(BUILT)
    assert "CC BY-SA 4.0" in manifest["corpus"]
    for code in BUILT:
        data = json.loads(resource(f"langid/profiles/{code}").read_text(encoding="utf-8"))
        profile = LangProfile(**data)
        assert profile.name == code and sum(profile.n_words) > 0 and len(profile.freq) > 1000


def test_every_supported_language_has_names() -> None:
    assert set(SUPPORTED_LANGUAGES) == set(LANGUAGE_NAMES)
    for code, (english, russian) in LANGUAGE_NAMES.items():
        assert english and russian and code == code.lower()


@settings(max_examples=300, deadline=None)
@example("Norman Eisen, starszy pracownik naukowy w Brookings Institution")
@example("NATO EU US Hello")
@given(st.lists(st.sampled_from([*_PIECES, "Norman", "Eisen"]), max_size=40).map(" ".join) | st.text(max_size=80))
def test_window_scores_equal_the_ngram_list_scores(text: str) -> None:
    """``scores`` (windows of joined words, letters counted once) adds up exactly what the
    explicit n-gram list of ``extract_ngrams`` does, in every writing system."""
    for system in model().systems.values():
        grams = extract_ngrams(text, skip_names=True, drop_latin=system.drop_latin)
        assert system.scores(text, None) == system.score_grams(grams, None)


def test_long_texts_are_summed_in_chunks_without_overflow() -> None:
    latin = model().systems["latin"]
    text = "the quick brown fox jumps over the lazy dog " * 400  # ~53,000 n-grams: many chunks
    scores, known = latin.scores(text, None)
    one, known_one = latin.scores("the quick brown fox jumps over the lazy dog ", None)
    assert known == 400 * known_one
    assert scores == pytest.approx([400 * s for s in one], rel=1e-9)
    assert max(scores) / known < 13  # no field carried into its neighbour
    en = latin.profiles.index("en")
    assert scores[en] == max(scores)
