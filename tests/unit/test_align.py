"""Sentence alignment: hand-made ru/en cases, manual links, invariants, and real-news accuracy."""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sverka.core.align import Bead, align
from sverka.core.align_anchors import latin_key, number_keys
from sverka.core.align_similarity import TranslitOverlap, chrf, mt_similarity

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

RU = [
    "Губернатор Хабаровского края Михаил Дегтярев посетил Комсомольск-на-Амуре в среду.",
    "Он встретился с рабочими завода и обсудил зарплаты, которые выросли на 1,5 процента, "
    "а также планы строительства новой больницы.",
    "«Мы не будем демонизировать людей», — сказал он.",
    "Почему протесты продолжаются?",
    "По данным полиции, в акции участвовали около 2000 человек.",
    "Следующий визит запланирован на март 2022 года.",
]
EN = [
    "Khabarovsk Krai Governor Mikhail Degtyarev visited Komsomolsk-on-Amur on Wednesday.",
    "He met the plant's workers and discussed wages, which rose by 1.5 percent.",
    "He also discussed plans to build a new hospital.",
    '"We will not demonize people," he said. Why are the protests continuing?',
    "According to the police, about 2,000 people took part in the rally.",
    "The next visit is scheduled for March 2022.",
]


def _spans(beads: list[Bead]) -> list[tuple[int, int, int, int]]:
    return [(b.src_from, b.src_to, b.tgt_from, b.tgt_to) for b in beads]


def _assert_partition(beads: list[Bead], n: int, m: int) -> None:
    """Monotone, gap-free, overlap-free cover of both sides; only known bead kinds."""
    i = j = 0
    for b in beads:
        assert (b.src_from, b.tgt_from) == (i, j)
        assert b.kind in {"1-1", "1-2", "2-1", "1-0", "0-1", "2-2"}
        assert 0.0 <= b.score <= 1.0
        i, j = b.src_to, b.tgt_to
    assert (i, j) == (n, m)


def test_one_to_two_and_two_to_one_found() -> None:
    beads = align(RU, EN, src_lang="ru", tgt_lang="en")
    assert _spans(beads) == [(0, 1, 0, 1), (1, 2, 1, 3), (2, 4, 3, 4), (4, 5, 4, 5), (5, 6, 5, 6)]
    assert [b.kind for b in beads] == ["1-1", "1-2", "2-1", "1-1", "1-1"]


RU_11 = [
    "В четверг в Алматы прошло заседание правительства.",
    "Министр финансов Ерулан Жамаубаев заявил, что дефицит бюджета сократится до 2,1 процента.",
    "Он добавил, что инфляция в 2023 году составит от 7 до 9 процентов.",
    "По словам министра, расходы на здравоохранение вырастут на 15 процентов, а на образование "
    "— на 12 процентов, и эти средства пойдут прежде всего на строительство школ в регионах.",
    "Депутаты задали вопросы о пенсиях.",
    "Обсуждение продолжится в понедельник.",
]
EN_11 = [
    "A government meeting was held in Almaty on Thursday.",
    "Finance Minister Yerulan Zhamaubayev said the budget deficit would shrink to 2.1 percent.",
    "He added that inflation in 2023 would be between 7 and 9 percent.",
    "According to the minister, health spending will grow by 15 percent and education spending "
    "by 12 percent, and the money will go primarily to building schools in the regions.",
    "Deputies asked questions about pensions.",
    "The discussion will continue on Monday.",
]


def test_omission_gives_null_bead() -> None:
    assert _spans(align(RU_11, EN_11, src_lang="ru", tgt_lang="en")) == [(i, i + 1, i, i + 1) for i in range(6)]
    en = EN_11[:3] + EN_11[4:]  # the spending sentence was not translated
    beads = align(RU_11, en, src_lang="ru", tgt_lang="en")
    _assert_partition(beads, len(RU_11), len(en))
    assert (3, 4, 3, 3) in _spans(beads)
    assert beads[3].score < min(b.score for b in beads if b.kind == "1-1")


def test_fixed_beads_kept_exactly_and_gaps_aligned() -> None:
    manual = Bead(2, 3, 3, 4, 1.0)  # a reviewer linked the quote alone; the rest re-aligns
    beads = align(RU, EN, src_lang="ru", tgt_lang="en", fixed=[manual])
    _assert_partition(beads, len(RU), len(EN))
    assert manual in beads and beads[beads.index(manual)] is manual
    spans = _spans(beads)
    assert spans[:2] == [(0, 1, 0, 1), (1, 2, 1, 3)] and spans[-1] == (5, 6, 5, 6)


def test_fixed_null_and_adjacent_fixed() -> None:
    fixed = [Bead(0, 1, 0, 1, 1.0), Bead(1, 1, 1, 2, 1.0), Bead(1, 2, 2, 3, 1.0)]
    beads = align(RU, EN, src_lang="ru", tgt_lang="en", fixed=fixed)
    _assert_partition(beads, len(RU), len(EN))
    assert beads[:3] == fixed


@pytest.mark.parametrize(
    "fixed",
    [
        [Bead(0, 2, 0, 1, 1.0), Bead(1, 2, 1, 2, 1.0)],  # overlapping
        [Bead(2, 3, 0, 1, 1.0), Bead(0, 1, 2, 3, 1.0)],  # crossing
        [Bead(5, 7, 5, 6, 1.0)],  # out of range
        [Bead(1, 1, 2, 2, 1.0)],  # empty
    ],
)
def test_bad_fixed_rejected(fixed: list[Bead]) -> None:
    with pytest.raises(ValueError):
        align(RU, EN, src_lang="ru", tgt_lang="en", fixed=fixed)


def test_empty_sides() -> None:
    assert align([], [], src_lang="ru", tgt_lang="en") == []
    assert [b.kind for b in align(["a", "b"], [], src_lang="ru", tgt_lang="en")] == ["1-0"] * 2
    assert [b.kind for b in align([], ["a"], src_lang="ru", tgt_lang="en")] == ["0-1"]


def test_similarity_is_used_and_consistent() -> None:
    calls: list[tuple[str, str]] = []

    def sim(a: str, b: str) -> float:
        calls.append((a, b))
        return TranslitOverlap()(a, b)

    beads = align(RU, EN, src_lang="ru", tgt_lang="en", similarity=sim)
    assert calls
    assert [b.kind for b in beads] == ["1-1", "1-2", "2-1", "1-1", "1-1"]


def test_anchor_keys() -> None:
    assert latin_key("Хабаровского") == latin_key("Khabarovsk")
    assert latin_key("Дегтярев") == latin_key("Degtyarev")
    assert latin_key("Қасым") == latin_key("Kasym")
    assert number_keys("1,5 млн") == number_keys("1.5 million") == {"n:1.5"}
    assert number_keys("2 000 человек") == number_keys("2,000 people") == {"n:2000"}
    assert number_keys("4-5 раз") == {"n:4", "n:5"}


def test_mt_similarity_looks_up_joined_sentences() -> None:
    sim = mt_similarity(["а", "б"], ["the cat sat", "on the mat"])
    assert sim("а б", "the cat sat on the mat") == pytest.approx(1.0)
    assert sim("в", "anything") == 0.0
    assert chrf("the cat", "a dog") < 0.3


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.integers(0, 300), max_size=40),
    st.lists(st.integers(0, 300), max_size=40),
    st.randoms(use_true_random=False),
)
def test_partition_properties(ls: list[int], lt: list[int], rnd: random.Random) -> None:
    src = ["x" * k for k in ls]
    tgt = ["y" * k for k in lt]
    fixed: list[Bead] = []
    if ls and lt and rnd.random() < 0.5:
        i, j = rnd.randrange(len(ls)), rnd.randrange(len(lt))
        fixed = [Bead(i, i + 1, j, j + 1, 1.0)]
    beads = align(src, tgt, src_lang="ru", tgt_lang="en", fixed=fixed)
    _assert_partition(beads, len(src), len(tgt))
    assert all(f in beads for f in fixed)


def _wmt21_docs(limit: int) -> list[tuple[list[str], list[str]]]:
    path = SHARED / "corpora" / "wmt21-newstest-ru-en" / "newstest2021.ru-en.tsv"
    if not path.exists():
        pytest.skip("shared corpora not present")
    docs: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            docs[row["doc_id"]][0].append(row["ru_src"])
            docs[row["doc_id"]][1].append(row["en_ref_A"])
    return list(docs.values())[:limit]


@pytest.mark.slow
def test_accuracy_on_wmt21_stays_above_floor() -> None:
    """Sentence-pair F1 on WMT21 ru→en documents made harder with a fixed seed: target
    sentences merged (gold 2-1), source sentences merged (1-2), target sentences dropped (1-0).
    Measured 0.959 when written (bench/eval_align.py has the full table); floor with margin."""
    rng = random.Random(7)
    hit = pred_n = gold_n = 0
    for src0, tgt0 in _wmt21_docs(107):
        src: list[str] = []
        tgt: list[str] = []
        gold: set[tuple[int, int]] = set()
        i = 0
        while i < len(src0):
            op = rng.choice(("2-1", "1-2", "1-0")) if rng.random() < 0.25 else "1-1"
            k = 2 if op in ("2-1", "1-2") and i + 1 < len(src0) else 1
            s_new = [" ".join(src0[i : i + k])] if op == "1-2" else src0[i : i + k]
            t_new = [] if op == "1-0" else [" ".join(tgt0[i : i + k])] if op == "2-1" else tgt0[i : i + k]
            gold.update((len(src) + a, len(tgt) + b) for a in range(len(s_new)) for b in range(len(t_new)))
            src += s_new
            tgt += t_new
            i += k
        beads = align(src, tgt, src_lang="ru", tgt_lang="en")
        pred = {(s, t) for b in beads for s in range(b.src_from, b.src_to) for t in range(b.tgt_from, b.tgt_to)}
        hit += len(pred & gold)
        pred_n += len(pred)
        gold_n += len(gold)
    p, r = hit / pred_n, hit / gold_n
    assert 2 * p * r / (p + r) > FLOOR


FLOOR = 0.93


def test_number_anchors_read_scaled_and_spelled_numbers() -> None:
    from sverka.core.align_anchors import sentence_anchors

    ru, en = sentence_anchors(["За сутки задержаны ок. 2,3 тыс. чел.", "Eighteen of 2,300 people, twenty-one"])
    assert {k for k in ru if k.startswith("n:")} == {"n:2300", "n:24"}  # no bare 2.3 left without a twin
    assert {k for k in en if k.startswith("n:")} == {"n:18", "n:2300"}  # "twenty-one" is not 20
