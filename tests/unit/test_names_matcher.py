"""Mentions in sentences: gazetteer matches in any case form, candidates, offsets."""

from __future__ import annotations

import pytest

from sverka.core.names.matcher import Match, find_mentions


def _found(sentence: str, lang: str) -> list[tuple[str, str | None]]:
    out = []
    for m in find_mentions(sentence, lang):
        assert sentence[m.start : m.end] == m.surface  # offsets point into the sentence
        out.append((m.surface, m.entity_key))
    return out


@pytest.mark.parametrize(
    "sentence,lang,expected",
    [
        (
            "Президент Касым-Жомарт Токаев заявил, что силы ОДКБ покинут Алма-Ату.",
            "ru",
            [("Касым-Жомарт Токаев", "gaz:kassym-jomart-tokayev"), ("ОДКБ", "gaz:csto"), ("Алма-Ату", "gaz:almaty")],
        ),
        (
            "Тоқаевтың жарлығымен ҰҚШҰ-ға жүгінді, Алматыда төтенше жағдай.",
            "kk",
            [("Тоқаевтың", "gaz:kassym-jomart-tokayev"), ("ҰҚШҰ-ға", "gaz:csto"), ("Алматыда", "gaz:almaty")],
        ),
        (
            "Protesters in Alma-Ata and Zhanaozen defied Tokayev's curfew.",
            "en",
            [("Alma-Ata", "gaz:almaty"), ("Zhanaozen", "gaz:zhanaozen"), ("Tokayev", "gaz:kassym-jomart-tokayev")],
        ),
        (
            "В Алматинской области и в Алматы ввели режим; К.-Ж. Токаев обратился к Путину.",
            "ru",
            [
                ("Алматинской области", "gaz:almaty-region"),
                ("Алматы", "gaz:almaty"),
                ("К.-Ж. Токаев", "gaz:kassym-jomart-tokayev"),
                ("Путину", "gaz:vladimir-putin"),
            ],
        ),
    ],
)
def test_gazetteer_mentions(sentence: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(sentence, lang) == expected


def test_ambiguous_surname_uses_the_verb_gender() -> None:
    her = find_mentions("Назарбаева заявила журналистам, что не уедет.", "ru")[0]
    him = find_mentions("Отставка Назарбаева стала сюрпризом.", "ru")[0]
    assert her.entity_key == "gaz:dariga-nazarbayeva"
    assert him.entity_key == "gaz:nursultan-nazarbayev"
    assert him.alternatives == ("gaz:dariga-nazarbayeva",)


def test_first_name_decides() -> None:
    keys = [m.entity_key for m in find_mentions("Дарига Назарбаева и Болат Назарбаев.", "ru")]
    assert keys == ["gaz:dariga-nazarbayeva", "gaz:bolat-nazarbayev"]


def test_unknown_capitalized_runs_are_candidates() -> None:
    ms = find_mentions("Сюрпризом это стало для Бауыржана Байбека и Асель Жумабаевой.", "ru")
    assert [(m.surface, m.entity_key) for m in ms] == [("Бауыржана Байбека", None), ("Асель Жумабаевой", None)]


def test_sentence_opener_and_stopwords_are_not_candidates() -> None:
    assert find_mentions("Protesters gathered. The President spoke.", "en") == []
    assert find_mentions("Вчера в Шымкенте было тихо.", "ru") == [
        Match(8, 16, "Шымкенте", "gaz:shymkent", "place", "Shymkent")
    ]


def test_longest_match_wins() -> None:
    ms = find_mentions("Fighting reached Almaty Region and Fort-Shevchenko.", "en")
    assert [m.entity_key for m in ms] == ["gaz:almaty-region", "gaz:fort-shevchenko"]


def test_short_words_match_only_in_capitals() -> None:
    ms = find_mentions("Он сказал, что ООН и ЕС молчат.", "ru")
    assert [(m.surface, m.entity_key) for m in ms] == [("ООН", "gaz:un"), ("ЕС", "gaz:european-union")]


# -- names only where they are (issue 11) -----------------------------------------------------


def _surfaces(sentence: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.entity_key) for m in find_mentions(sentence, lang)]


def test_compound_with_a_known_name_is_not_that_name() -> None:
    got = _surfaces("Парады прошли в Балтийске, Петропавловске-Камчатском и Владивостоке.", "ru")
    assert ("Петропавловске-Камчатском", None) in got
    assert not any(key == "gaz:petropavl" for _, key in got)
    assert _surfaces("Митинг прошёл в Петропавле.", "ru") == [("Петропавле", "gaz:petropavl")]
    assert _surfaces("Алма-Ата и Нур-Султан.", "ru") == [("Алма-Ата", "gaz:almaty"), ("Нур-Султан", "gaz:astana")]


def test_capitalised_non_names_are_not_candidates() -> None:
    assert _surfaces("The Project 21631 Buyan-M ships sailed.", "en") == [("Buyan-M", None)]
    assert _surfaces("It hit a building in the German city of Wesel.", "en") == [("Wesel", None)]
    assert _surfaces("The North Korean government reported it.", "en") == []
    assert _surfaces("Ранее ЦБ ожидал рост.", "ru") == [("ЦБ", None)]
    assert _surfaces("Он сказал это. Об этом сообщило МЧС.", "ru") == [("МЧС", None)]
    assert ("Вице", None) not in _surfaces('Корабль "Вице-адмирал Кулаков" вышел в море.', "ru")


def test_adjective_heads_its_noun() -> None:
    assert _surfaces("В Московской области ожидается гроза.", "ru") == [("Московской области", None)]
    assert _surfaces("Судно стоит в Финском заливе.", "ru") == [("Финском заливе", None)]
    # A surname that looks like an adjective, before a verb, stays alone.
    assert _surfaces("Вчера Толстой сказал это.", "ru") == [("Толстой", None)]


def test_of_and_dotted_abbreviations_join_a_name() -> None:
    assert _surfaces("The Cabinet of Ministers of Tatarstan published it.", "en")[0][0] == (
        "Cabinet of Ministers of Tatarstan"
    )
    assert ("St. Andrew", None) in _surfaces("Ships under the St. Andrew flag sailed.", "en")
