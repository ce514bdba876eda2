"""The aligner's word lexicon: which sentence the translator left out."""

from __future__ import annotations

import math

from sverka.core.align import align
from sverka.core.align_lexicon import LexicalEvidence, LexicalSimilarity, lexical_similarity, lexicon, stems
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


def _reference_score(ev: LexicalEvidence, i0: int, i1: int, j0: int, j1: int) -> float:
    """A bead's score straight from its definition: every stem of each side votes miss,
    plus its gain when its translation is in the union of the other side's reach."""
    empty: frozenset[str] = frozenset()
    x_reach = empty.union(*ev.x_reach[i0:i1])
    y_reach = empty.union(*ev.y_reach[j0:j1])
    x_gain = ev._x_gain1 if j1 - j0 == 1 else ev._x_gain2
    y_gain = ev._y_gain1 if i1 - i0 == 1 else ev._y_gain2
    xk, yk = j1 - j0 - 1, i1 - i0 - 1
    total = sum(ev._x_miss[i][xk] + sum(x_gain[x] for x in ev.xs[i] & y_reach) for i in range(i0, i1))
    return total + sum(ev._y_miss[j][yk] + sum(y_gain[y] for y in ev.ys[j] & x_reach) for j in range(j0, j1))


def test_merged_rows_score_as_their_definition() -> None:
    # The scores come from memoized per-pair hits (a stem reached from both sentences of
    # the other side counts once); any row kind, in any order of asking, must equal the
    # score computed from the merged sides directly.
    src = [*RU, "Президент объявил бюджет и закон о семьях и детях."]
    tgt = [*EN, "The government announced new support for families with children.", "The president signed it."]
    table, inverse = lexicon("ru", "en"), lexicon("en", "ru")
    assert table is not None and inverse is not None
    ev = LexicalEvidence(src, tgt, table, inverse, 0.4)
    beads = [
        (i, i + a, j, j + b)
        for a in (2, 1)
        for b in (2, 1)
        for i in range(len(src) - a + 1)
        for j in range(len(tgt) - b + 1)
    ]
    assert any(ev._pair(i, j)[2] & ev._pair(i, j + 1)[2] for i in range(len(src)) for j in range(len(tgt) - 1))
    for bead in beads:
        assert math.isclose(ev.score(*bead), _reference_score(ev, *bead), rel_tol=1e-12, abs_tol=1e-12), bead
    assert ev.score(0, 1, 0, 0) == ev.score(0, 0, 0, 1) == 0.0
