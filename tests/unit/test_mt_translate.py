"""Translation through the real path: tokenizer → CTranslate2 → detokenizer, pivot, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.tiny_argos import TinyPackages, corpus_lines
from sverka.core.mt import packages
from sverka.core.mt.packages import InstalledModel, ModelError
from sverka.core.mt.translator import MtOptions, Translator, find_route, load_translator
from sverka.progress import Cancelled, CancelToken


def _fake(name: str, src: str, tgt: str) -> InstalledModel:
    return InstalledModel(name=name, from_code=src, to_code=tgt, version="1", path=Path(name))


def test_route_prefers_direct_models_and_pivots_otherwise() -> None:
    kk_ru, ru_en, kk_en = _fake("a", "kk", "ru"), _fake("b", "ru", "en"), _fake("c", "kk", "en")
    assert find_route([kk_ru, ru_en], "kk", "en") == [kk_ru, ru_en]
    assert find_route([kk_ru, ru_en, kk_en], "kk", "en") == [kk_en]
    with pytest.raises(ModelError, match=r"no model translates en→kk \(installed: kk→ru, ru→en\)"):
        find_route([kk_ru, ru_en], "en", "kk")
    with pytest.raises(ModelError, match="same"):
        find_route([kk_ru], "ru", "ru")


def test_threads_never_oversubscribe_cores() -> None:
    inter, intra = MtOptions(inter_threads=8, intra_threads=8).threads()
    from sverka.core.mt.translator import cpu_cores

    assert inter * intra <= cpu_cores()
    assert MtOptions(beam_size=4).key() != MtOptions(beam_size=2).key()


@pytest.fixture
def installed(tiny_argos: TinyPackages) -> TinyPackages:
    packages.install_file(tiny_argos.ru_en)
    packages.install_file(tiny_argos.kk_ru)
    return tiny_argos


SMALL = MtOptions(batch_sentences=3, max_batch_size=2, max_decoding_length=64)


@pytest.mark.slow
def test_translation_is_deterministic_and_keeps_order(installed: TinyPackages) -> None:
    lines = corpus_lines("ru", 8)
    first = load_translator("ru", "en", SMALL).translate(lines)
    assert len(first) == 8 and all(isinstance(t, str) and t for t in first)
    again = load_translator("ru", "en", SMALL).translate(lines)
    assert again == first
    # the same sentences in another order make the same batches: outputs follow their input
    assert load_translator("ru", "en", SMALL).translate(lines[::-1]) == first[::-1]


@pytest.mark.slow
def test_blank_sentences_stay_blank(installed: TinyPackages) -> None:
    translator = load_translator("ru", "en", SMALL)
    out = translator.translate(["", "  ", corpus_lines("ru", 1)[0]])
    assert out[:2] == ["", ""] and out[2]
    assert translator.model_id == "argos/translate-ru_en@1.0"
    assert translator.cache_key == "argos/translate-ru_en@1.0;beam2"


@pytest.mark.slow
def test_pivot_chains_two_models(installed: TinyPackages) -> None:
    lines = corpus_lines("kk", 4)
    pivot = load_translator("kk", "en", SMALL)
    assert pivot.model_id == "argos/translate-kk_ru@1.0 > argos/translate-ru_en@1.0"
    assert (pivot.from_code, pivot.to_code) == ("kk", "en")
    out = pivot.translate(lines)
    by_hand = load_translator("ru", "en", SMALL).translate(load_translator("kk", "ru", SMALL).translate(lines))
    assert out == by_hand


@pytest.mark.slow
def test_cancel_keeps_finished_batches(installed: TinyPackages) -> None:
    lines = corpus_lines("ru", 9)
    full = load_translator("ru", "en", SMALL).translate(lines)
    cancel = CancelToken()
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int, message: str = "") -> None:
        reports.append((done, total))
        if done >= 3:  # after the first batch of three
            cancel.cancel()

    kept: dict[int, str] = {}
    translator = Translator([packages.find_model("translate-ru_en")], SMALL)
    with pytest.raises(Cancelled):
        for batch in translator.iter_batches(lines, progress=progress, cancel=cancel):
            kept.update(batch)
    assert len(kept) == 3
    assert all(full[i] == text for i, text in kept.items())
    assert reports == [(0, 9), (3, 9)]


@pytest.mark.slow
def test_progress_reaches_the_total(installed: TinyPackages) -> None:
    seen: list[tuple[int, int]] = []
    load_translator("ru", "en", SMALL).translate(corpus_lines("ru", 7), progress=lambda d, t, m="": seen.append((d, t)))
    assert seen == [(0, 7), (3, 7), (6, 7), (7, 7)]


def test_missing_model_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="no model translates ru→en"):
        load_translator("ru", "en")
