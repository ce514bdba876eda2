"""The aligner's word lexicon: which sentence the translator left out."""

from __future__ import annotations

from sverka.core.align import align
from sverka.core.align_lexicon import LexicalSimilarity, lexical_similarity, lexicon, stems
from sverka.core.align_similarity import TranslitOverlap

RU = [
    "Президент подписал закон о бюджете на следующий год.",
    "Правительство объявило новые меры поддержки для семей с детьми.",
    "Парламент обсудил реформу образования в столице страны.",
]
EN = [
    "The president signed the law on next year's budget.",
    "Parliament discussed the education reform in the country's capital.",
]


def test_stems_fold_inflection() -> None:
    assert stems("Президента президенту") == {"прези"}
    assert stems("in a, 2022") == set()  # short words and digits are not stems


def test_lexicon_has_common_news_words_both_ways() -> None:
    ru_en, en_ru = lexicon("ru", "en"), lexicon("en", "ru")
    assert ru_en is not None and en_ru is not None
    assert "presi" in ru_en["прези"]
    assert "прави" in en_ru["gover"]
    assert lexicon("ru", "xx") is None


def test_similarity_prefers_the_translation() -> None:
    sim = lexical_similarity("ru", "en")
    assert isinstance(sim, LexicalSimilarity)
    assert sim(RU[0], EN[0]) > sim(RU[1], EN[0])
    assert sim(RU[2], EN[1]) > sim(RU[1], EN[1])
    assert isinstance(lexical_similarity("ru", "xx"), TranslitOverlap)


ARTICLE = [
    ("Президент подписал закон о бюджете на следующий год.", "The president signed the law on next year's budget."),
    (
        "Министр финансов сказал, что расходы на здравоохранение вырастут.",
        "The finance minister said health spending would grow.",
    ),
    (
        "Правительство объявило новые меры поддержки для семей с детьми.",
        "The government announced new support for families with children.",
    ),
    (
        "Парламент обсудил реформу образования в столице страны.",
        "Parliament discussed the education reform in the country's capital.",
    ),
    (
        "Депутаты также говорили о ценах на газ и электричество.",
        "Deputies also spoke about gas and electricity prices.",
    ),
    (
        "Оппозиция потребовала отставки министра энергетики.",
        "The opposition demanded the resignation of the energy minister.",
    ),
    ("Следующее заседание пройдет в понедельник утром.", "The next session will take place on Monday morning."),
]


def test_the_left_out_sentence_stands_alone() -> None:
    """Sentences 2 and 3 are about as long: lengths alone cannot tell which one has no
    translation; the lexicon can."""
    ru = [r for r, _ in ARTICLE]
    en = [e for k, (_, e) in enumerate(ARTICLE) if k != 2]
    rows = [(b.src_from, b.src_to, b.tgt_from, b.tgt_to) for b in align(ru, en, src_lang="ru", tgt_lang="en")]
    assert (2, 3, 2, 2) in rows
    assert (3, 4, 2, 3) in rows
