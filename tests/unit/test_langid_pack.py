"""The packed n-gram model (resources/langid/model.bin): fresh, exact, read lazily."""

from __future__ import annotations

import pytest

from sverka.core import langid_model
from sverka.core.langid_pack import MAGIC, PackFormatError, Unpacked
from sverka.paths import resource


def test_shipped_pack_is_the_model_of_the_shipped_profiles() -> None:
    """model.bin is what scripts/build_langid_profiles.py makes of the profiles and words
    beside it (and of langdetect's profiles and normaliser): rebuild it when they change."""
    built = langid_model.build_model(langid_model.profile_texts(), langid_model.word_texts())
    norm, shipped = langid_model.unpack_model(resource(langid_model.PACKED).read_bytes())
    assert shipped.profile_names == built.profile_names
    assert shipped.word_profiles == built.word_profiles
    for name in built.systems:
        assert shipped.systems[name].table == built.systems[name].table, name
        assert shipped.systems[name].words == built.systems[name].words, name
    fresh = langid_model._Normaliser.from_langdetect()
    assert (norm.blank_class, norm.keys, norm.values) == (fresh.blank_class, fresh.keys, fresh.values)


def test_pack_round_trip_and_lazy_systems() -> None:
    built = langid_model.build_model(langid_model.profile_texts(), langid_model.word_texts())
    data = langid_model.pack_model(built)
    assert data == langid_model.pack_model(built)  # deterministic
    _, back = langid_model.unpack_model(data)
    ready = back.systems._ready  # type: ignore[attr-defined]
    assert not ready  # nothing unpacked before it is asked for
    assert back.systems["cyrillic"].table == built.systems["cyrillic"].table
    assert set(ready) == {"cyrillic"}
    assert "latin" in back.systems and back.profiles("latin") == built.profiles("latin")
    cyrillic = back.systems["cyrillic"]
    assert "ru" in cyrillic.word_profiles and "words" not in vars(cyrillic)  # words: on first use
    assert cyrillic.words == built.systems["cyrillic"].words and cyrillic.words


def test_damaged_pack_is_refused() -> None:
    data = resource(langid_model.PACKED).read_bytes()
    with pytest.raises(PackFormatError, match="magic"):
        Unpacked(b"not a model", langid_model.FIELD_BITS)
    with pytest.raises(PackFormatError, match="bit"):
        Unpacked(data, 64)
    assert data.startswith(MAGIC)


def test_word_scores_favour_the_language_of_the_words() -> None:
    cyrillic = langid_model.model().systems["cyrillic"]
    scores = dict(zip(cyrillic.profiles, cyrillic.word_scores("говорит что это", None), strict=True))
    assert max(scores, key=scores.__getitem__) == "ru"
    assert cyrillic.word_scores("zzzz qqqq", None) == [0.0] * len(cyrillic.profiles)
