"""Language codes and names (Qt-free, for the UI, the CLI and project settings)."""

from __future__ import annotations

import pytest

from sverka.core.languages import (
    SUPPORTED_LANGUAGES,
    LanguageListError,
    canonical_code,
    language_name,
    parse_languages,
)


def test_names_in_english_and_russian() -> None:
    assert language_name("ky") == "Kyrgyz"
    assert language_name("ky", "ru") == "киргизский"
    assert language_name("zh-cn", "ru_RU") == "китайский"
    assert language_name("xx") == "xx"  # unknown: the code itself


def test_canonical_codes() -> None:
    assert [canonical_code(c) for c in ("EN", "en-GB", "sr-Cyrl", "zh-tw", "kaz", "iw", "xx")] == [
        "en",
        "en",
        "sr",
        "zh",
        "kk",
        "he",
        None,
    ]


def test_parse_languages() -> None:
    assert parse_languages("ru,en,kk") == ("ru", "en", "kk")
    assert parse_languages(" ru; EN ru ") == ("ru", "en")
    assert parse_languages(["kk", "kaz"]) == ("kk",)
    with pytest.raises(LanguageListError, match="'klingon'"):
        parse_languages("ru,klingon")
    with pytest.raises(LanguageListError, match="empty"):
        parse_languages(" , ")


def test_supported_covers_the_region() -> None:
    region = {"ru", "kk", "ky", "uz", "tg", "tk", "az", "tt", "ba", "mn", "uk", "be", "sr", "hy", "ka"}
    assert region <= set(SUPPORTED_LANGUAGES)
    assert SUPPORTED_LANGUAGES[:3] == ("en", "ru", "kk")
