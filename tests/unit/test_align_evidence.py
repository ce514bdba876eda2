"""The aligner's word-by-word lexicon evidence and its number anchors for clock times,
imperial quantities and spelled-out numbers (real sentences from NTREX-128 en→ru)."""

from __future__ import annotations

from sverka.core.align import align
from sverka.core.align_anchors import excused_keys, sentence_anchors
from sverka.core.align_lexicon import lexical_evidence


def _numbers(sentence: str) -> set[str]:
    return {k for k in sentence_anchors([sentence])[0] if k[0] in "ntu"}


def test_clock_times_meet_across_12_and_24_hour_forms() -> None:
    assert _numbers("There had been no reports of irregularities by 1 p.m.") == {"t:13:00"}
    assert _numbers("к 13:00 сообщений о нарушениях не поступало") == {"t:13:00"}
    assert _numbers("entering the market at 4.40 am Thursday") == _numbers("пришел на рынок в 4:40 утра") == {"t:4:40"}
    # a decimal is no time
    assert _numbers("It rose 4.40 percent.") == {"n:4.4"}


def test_imperial_quantities_excuse_their_metric_conversions() -> None:
    en = "A forensic examination confirmed that the 550 pound hog had mauled the farmer to death."
    ru = "Экспертиза установила, что свинья весом в 250 килограмм загрызла фермера насмерть."
    assert _numbers(en) == {"u:550"}  # converted by translators: no twin is expected
    assert "n:250" in excused_keys(en)
    wind = "Rosa, with maximum winds of 85 miles per hour, is moving north at 12 miles per hour."
    assert {"n:137", "n:19"} <= excused_keys(wind)
    rain = "The models predict 2 to 4 inches of rainfall, with isolated amounts up to 6 inches."
    assert {"n:5", "n:10", "n:15"} <= excused_keys(rain)
    assert "n:35" in excused_keys("Temperatures hit 95 degrees Fahrenheit.")
    assert "n:4" in excused_keys("A four-year-old girl was injured.") and not _numbers("A four-year-old girl")
    assert _numbers(ru) == {"n:250"}


def test_a_converted_quantity_keeps_its_row_together() -> None:
    en = [
        "He said that in the sty was a large male pig with blood on its mouth.",
        "A forensic examination confirmed that the 550 pound hog had mauled the farmer to death, "
        "according to the report.",
        "His body was found about an hour later.",
    ]
    ru = [
        "В свинарнике находился огромный хряк с кровью на рыле.",
        "В ходе судебно-медицинской экспертизы было установлено, что свинья весом в 250 килограмм "
        "загрызла фермера насмерть.",
        "Тело было найдено примерно час спустя.",
    ]
    assert [b.kind for b in align(en, ru, src_lang="en", tgt_lang="ru")] == ["1-1", "1-1", "1-1"]


RU = [
    "Президент подписал закон о бюджете на следующий год.",
    "Правительство объявило новые меры поддержки для семей с детьми.",
    "Парламент обсудил реформу образования в столице страны.",
]
EN = [
    "The president signed the law on next year's budget.",
    "Parliament discussed the education reform in the country's capital.",
]


def test_lexical_evidence_votes_for_translations_and_against_unmatched_words() -> None:
    ev = lexical_evidence("ru", "en", RU, EN, 0.5)
    assert ev is not None
    assert ev.score(0, 1, 0, 1) > 0 and ev.score(2, 3, 1, 2) > 0  # translations
    assert ev.score(1, 2, 1, 2) < 0  # a sentence and the translation of another
    # Gluing the left-out sentence to its neighbour's row costs: its words match nothing.
    assert ev.score(1, 3, 1, 2) < ev.score(2, 3, 1, 2)
    assert ev.score(1, 2, 1, 1) == 0.0  # a null row has no words to compare
    assert lexical_evidence("ru", "xx", RU, EN, 0.5) is None
