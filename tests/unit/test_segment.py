"""Sentence segmentation: the real seeds, hand-written Russian/Kazakh/English cases, properties."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sverka.core.segment import Header, Segment, parse_header, segment, segment_spans

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def sentences(text: str, lang: str = "ru") -> list[str]:
    return [text[s.start : s.end] for s in segment(text, lang)]


def read_seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"seed folder {SEEDS} missing")
    found = sorted(SEEDS.glob(f"{prefix}*.txt"))
    if not found:
        pytest.skip(f"no seed {prefix}* in {SEEDS}")
    return found[0].read_text(encoding="utf-8-sig")


# -- the real seeds ---------------------------------------------------------------------------


def test_seed_header_and_title_segment() -> None:
    text = read_seed("004_")
    header = parse_header(text)
    assert header is not None
    assert header.date == "2022-01-06"
    assert header.title.startswith("Shootout Underway in Almaty")
    assert text[header.title_start : header.title_end] == header.title
    assert text[header.body_start :].startswith("The situation in Kazakhstan")
    segs = segment(text, "en")
    assert segs[0] == Segment(header.title_start, header.title_end, "title")
    assert [s.kind for s in segs].count("title") == 1


def test_seed_live_blog_timestamps_and_headlines() -> None:
    text = read_seed("004_")
    segs = segment(text, "en")
    stamps = [text[s.start : s.end] for s in segs if s.kind == "timestamp"]
    heads = [text[s.start : s.end] for s in segs if s.kind == "headline"]
    assert stamps == ["05:41 GMT 06.01.2022", "05:09 GMT 06.01.2022", "04:50 GMT 06.01.2022"]
    assert heads == [
        "Almaty Police Say There Was Assault on HQ Overnight, Dozens of Attackers Killed",
        "Troops Leave Republic Square in Almaty",
        "All Financial Organisations in Kazakhstan Have Suspended Operations - National Bank",
    ]
    # Every headline directly follows a timestamp.
    for prev, seg in itertools.pairwise(segs):
        if seg.kind == "headline":
            assert prev.kind == "timestamp"


def test_seed_sentences_stay_whole() -> None:
    text = read_seed("004_")
    sents = sentences(text, "en")
    assert any("Kassym-Jomart Tokayev declared" in s for s in sents)
    assert any(s.endswith('"tackling the terrorist aggression".') for s in sents)
    assert any("on 4-5 January and escalated" in s for s in sents)
    assert "Mass protests in Kazakhstan began in the early days of 2022." in sents


def test_seed_without_header() -> None:
    text = read_seed("000_")
    assert parse_header(text) is None
    sents = sentences(text, "en")
    assert sents[0] == "Looting and robberies continue in Alma-Ata."
    assert sents[-1].startswith("Fuel has risen in price from 60 tenge (10 rubles) per liter")
    assert any(s.startswith("On January 5, President of Kazakhstan Kassym-Jomart") for s in sents)
    assert all(s.kind == "body" for s in segment(text, "en"))
    assert len(sents) == 19


# -- header -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date", "title"),
    [
        ("date 2022-01-05 Протесты в Алматы\nТекст.", "2022-01-05", "Протесты в Алматы"),
        ("\ufeff date 2022-01-05 Title  \r\nBody.", "2022-01-05", "Title"),
        ("date 05.01.2022 Title\n", "2022-01-05", "Title"),
        ("date 2022-13-45 Bad date\n", None, "Bad date"),
        ("date 2022-01-05\nBody.", "2022-01-05", ""),
    ],
)
def test_parse_header_variants(line: str, date: str | None, title: str) -> None:
    header = parse_header(line)
    assert isinstance(header, Header)
    assert (header.date, header.title) == (date, title)
    assert line[header.title_start : header.title_end] == title


@pytest.mark.parametrize("text", ["The date 2022-01-05 was set.", "dated 2022-01-05 x", "", "\n"])
def test_parse_header_absent(text: str) -> None:
    assert parse_header(text) is None


# -- Russian, Kazakh, English rules -----------------------------------------------------------

RU_CASES = [
    # abbreviations that never end a sentence
    "Ок. 500 чел. пострадали, в т.ч. 130 женщин, т.е. больше, чем в 2021 г. в Алматы.",
    "Ущерб составил 1,5 млн. руб. на ул. Абая и пр. Достык.",
    # initials
    "Президент К.-Ж. Токаев выступил с обращением.",
    "Первый президент Н. А. Назарбаев покинул пост.",
    "Его принял Н.А. Назарбаев лично.",
    "Он работал в администрации Линдона Б. Джонсона.",
    "Об этом сообщил г-н Иванов, т. е. представитель МВД.",
    # quotes: the sentence ending inside «…» stays whole, the dash-continuation stays too
    "«Мы победим!» — сказал он.",
    "«Порядок будет восстановлен», — заявил Токаев.",
    "Цена выросла с 60 тенге (10 рублей) до 120 тенге (20 рублей) за литр.",
    "Рост составил 1.5 раза, а 4-5 января начались столкновения.",
]


@pytest.mark.parametrize("text", RU_CASES)
def test_russian_single_sentences(text: str) -> None:
    assert sentences(text, "ru") == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Протесты начались 2 января. Погибли 225 чел. Власти ввели ЧП.",
            ["Протесты начались 2 января.", "Погибли 225 чел.", "Власти ввели ЧП."],
        ),
        (
            "Это было в 2022 г. Протесты охватили страну.",
            ["Это было в 2022 г.", "Протесты охватили страну."],
        ),
        ("Он сказал: «Это конец.» Затем ушёл.", ["Он сказал: «Это конец.»", "Затем ушёл."]),
        ("Что делать? Ждать… Потом решим!", ["Что делать?", "Ждать…", "Потом решим!"]),
        (
            "Стреляли в центре и т. д. Позже всё стихло.",
            ["Стреляли в центре и т. д.", "Позже всё стихло."],
        ),
        ("Первая строка. Вторая\nтретья строка", ["Первая строка.", "Вторая", "третья строка"]),
    ],
)
def test_russian_splits(text: str, expected: list[str]) -> None:
    assert sentences(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Қ.-Ж. Тоқаев халыққа үндеу жасады. Ол төтенше жағдай енгізді.",
            ["Қ.-Ж. Тоқаев халыққа үндеу жасады.", "Ол төтенше жағдай енгізді."],
        ),
        (
            "«Біз жеңеміз!» — деді ол. Алматыда 2022 ж. қаңтарда наразылық басталды.",
            ["«Біз жеңеміз!» — деді ол.", "Алматыда 2022 ж. қаңтарда наразылық басталды."],
        ),
        (
            "Жанармай бағасы 60 теңгеден 120 теңгеге дейін өсті, т.б. шығындар да артты.",
            ["Жанармай бағасы 60 теңгеден 120 теңгеге дейін өсті, т.б. шығындар да артты."],
        ),
    ],
)
def test_kazakh(text: str, expected: list[str]) -> None:
    assert sentences(text, "kk") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met J. Smith on Jan. 5 in the U.S. capital, e.g. near St. Louis.",
            ["Mr. Smith met J. Smith on Jan. 5 in the U.S. capital, e.g. near St. Louis."],
        ),
        (
            "It grew 1.5 times. The U.S. President spoke.",
            ["It grew 1.5 times.", "The U.S. President spoke."],
        ),
        (
            "Sanctions came from the U.S. The Kremlin objected.",
            ["Sanctions came from the U.S.", "The Kremlin objected."],
        ),
        ('He said "we will win." Then he left.', ['He said "we will win."', "Then he left."]),
        (
            "He paused... Then he spoke. Really? Yes!",
            ["He paused...", "Then he spoke.", "Really?", "Yes!"],
        ),
        ("Ramazanov said..During the day", ["Ramazanov said..During the day"]),
        ("No. 5 was hit. He said no. The end.", ["No. 5 was hit.", "He said no.", "The end."]),
    ],
)
def test_english(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


def test_live_blog_rules() -> None:
    text = (
        "Intro sentence. Second one.\n"
        "12:30 GMT 05.01.2022\n"
        "Headline Without Full Stop\n"
        "Body after headline. More body.\n"
        "11:00 GMT 05.01.2022\n"
        "This line ends with a full stop. So it is body.\n"
    )
    kinds = [(s.kind, text[s.start : s.end]) for s in segment(text, "en")]
    assert kinds == [
        ("body", "Intro sentence."),
        ("body", "Second one."),
        ("timestamp", "12:30 GMT 05.01.2022"),
        ("headline", "Headline Without Full Stop"),
        ("body", "Body after headline."),
        ("body", "More body."),
        ("timestamp", "11:00 GMT 05.01.2022"),
        ("body", "This line ends with a full stop."),
        ("body", "So it is body."),
    ]


def test_segment_spans_matches_segment() -> None:
    text = "date 2022-01-06 T\n05:41 GMT 06.01.2022\nHead\nA b. C d."
    assert [(s.start, s.end, s.kind) for s in segment(text, "en")] == segment_spans(text, "en")


# -- properties -------------------------------------------------------------------------------

_PIECES = [
    *"aZяЖәҚ09...!?…«»\"'()—-,:\n\r\t\xa0\u2028\ufeff",
    *[" ", "  ", "Mr.", "т.е.", "г.", "U.S.", "К.-Ж.", "date ", "2022-01-06 "],
    "05:41 GMT 06.01.2022",
]
_ALPHABET = st.sampled_from(_PIECES)
_TEXTS = st.lists(_ALPHABET, max_size=60).map("".join) | st.text(max_size=200)


def _check_invariants(text: str, lang: str) -> None:
    segs = segment(text, lang)
    covered = [False] * len(text)
    prev_end = 0
    for seg in segs:
        assert seg.kind in {"title", "timestamp", "headline", "body"}
        assert 0 <= prev_end <= seg.start < seg.end <= len(text)
        chunk = text[seg.start : seg.end]
        assert chunk == chunk.strip()
        assert chunk
        for i in range(seg.start, seg.end):
            covered[i] = True
        prev_end = seg.end
    header = parse_header(text)
    skip = header.title_start if header is not None else 0
    for i, ch in enumerate(text):
        if i >= skip and not ch.isspace():
            # The header line is the only place where text is left out: its "date …" prefix.
            assert covered[i], (i, ch, text)
    if header is not None:
        assert all(s.kind != "title" or s.start == header.title_start for s in segs)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["ru", "en", "kk", "xx"]))
@example(text=" date 2022-01-06 Title\n05:41 GMT 06.01.2022\nHead\nBody. Two.", lang="en")
@example(text="a. \u2028B", lang="ru")
def test_segment_invariants(text: str, lang: str) -> None:
    _check_invariants(text, lang)


# -- linear time on punctuation runs (issue 13, row 7) -----------------------------------------


def test_punctuation_run_is_one_candidate_match() -> None:
    """Each run of terminal punctuation is matched once, whole, whatever follows it.

    The old candidate pattern required whitespace after the run, so on "....." the engine
    retried from every dot and rescanned the rest of the run: 64 KB of dots took 42 s. The
    number of matches (and so of scans) must not grow with the length of the run.
    """
    from sverka.core.segment import _CAND_RE

    for run in ("." * 64_000, '."' * 32_000, "?!…" * 20_000):
        matches = list(_CAND_RE.finditer(run))
        assert [(m.start(), m.end(), m.start(1)) for m in matches] == [(0, len(run), -1)]
    matches = list(_CAND_RE.finditer("Wait... What?! Yes."))
    assert [(m.group(0), m.start(1)) for m in matches] == [("...", 8), ("?!", 15), (".", -1)]


def test_punctuation_runs_segment_whole() -> None:
    assert segment_spans("." * 64_000, "en") == [(0, 64_000, "body")]
    assert sentences("Он ушёл..... Потом вернулся.") == ["Он ушёл.....", "Потом вернулся."]
    text = "A.\tB.\t" * 5_000
    assert segment_spans(text, "en")[-1][1] == len(text.rstrip())


def test_long_token_before_full_stop_still_ends_sentence() -> None:
    word = "x" * 200
    assert sentences(f"Это {word}. Потом {word}.") == [f"Это {word}.", f"Потом {word}."]


# -- the languages of the region and beyond (issue 11) ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "zh",
            "国家主席今天发表讲话。他说：“我们很高兴！”市民们欢呼？是的。",
            ["国家主席今天发表讲话。", "他说：“我们很高兴！”", "市民们欢呼？", "是的。"],
        ),
        ("ja", "大統領が演説した。市民は喜んだ。", ["大統領が演説した。", "市民は喜んだ。"]),
        ("ar", "هل ستأتي غدا؟ نعم سآتي. شكرا!", ["هل ستأتي غدا؟", "نعم سآتي.", "شكرا!"]),
        (
            "uk",
            "Вони живуть на вул. Хрещатик. Потім м. Київ святкував.",
            ["Вони живуть на вул. Хрещатик.", "Потім м. Київ святкував."],
        ),
        ("uk", "Це сталося у 2022 р. Уряд ухвалив закон.", ["Це сталося у 2022 р.", "Уряд ухвалив закон."]),
        (
            "bg",
            "Срещата е на ул. Раковски. Проф. Иванов говори.",
            ["Срещата е на ул. Раковски.", "Проф. Иванов говори."],
        ),
        (
            "sr",
            "Живи у ул. Кнеза Милоша, тј. у центру. Др. Петровић је стигао.",
            ["Живи у ул. Кнеза Милоша, тј. у центру.", "Др. Петровић је стигао."],
        ),
        (
            "de",
            "Das gilt z. B. für Berlin. Prof. Müller sagt das. Dr. Schmidt auch.",
            ["Das gilt z. B. für Berlin.", "Prof. Müller sagt das.", "Dr. Schmidt auch."],
        ),
        ("fr", "M. Macron a parlé. Mme Le Pen aussi.", ["M. Macron a parlé.", "Mme Le Pen aussi."]),
        (
            "pl",
            "Mieszka przy ul. Marszałkowskiej. W 2022 r. Sejm przyjął ustawę.",
            ["Mieszka przy ul. Marszałkowskiej.", "W 2022 r.", "Sejm przyjął ustawę."],
        ),
        ("cs", "Sešli se na nám. Míru. Prof. Novák promluvil.", ["Sešli se na nám. Míru.", "Prof. Novák promluvil."]),
        (
            "tr",
            "Prof. Dr. Ahmet Yılmaz konuştu. Toplantı bitti.",
            ["Prof. Dr. Ahmet Yılmaz konuştu.", "Toplantı bitti."],
        ),
        ("ky", "Ал Бишкек ш. Чүй көч. жашайт. Эртең келет.", ["Ал Бишкек ш. Чүй көч. жашайт.", "Эртең келет."]),
    ],
)
def test_new_languages(lang: str, text: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


def test_unknown_language_keeps_the_old_lists() -> None:
    # Dutch has no list: the en/ru/kk lists apply, not French "m" or Polish "ok".
    assert sentences("Het is ok. Dan gaan we.", "nl") == ["Het is ok.", "Dan gaan we."]


# -- which characters break a paragraph (issue 13) ---------------------------------------------


@pytest.mark.parametrize("soft", ["\u2028", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"])
def test_soft_breaks_do_not_split_a_sentence(soft: str) -> None:
    """U+2028, NEL, VT, FF and FS/GS/RS are breaks inside a paragraph: a sentence runs across
    them as across a space, and its span keeps them (the stored text is verbatim)."""
    text = f"The minister said{soft}that talks would resume. They did."
    spans = segment_spans(text, "en")
    assert [text[s:e] for s, e, _ in spans] == [f"The minister said{soft}that talks would resume.", "They did."]
    # After a full stop the soft break is the space between two sentences.
    text = f"Talks resumed.{soft}They ended."
    assert [text[s:e] for s, e, _ in segment_spans(text, "en")] == ["Talks resumed.", "They ended."]


@pytest.mark.parametrize("hard", ["\n", "\r\n", "\r", "\u2029"])
def test_paragraph_breaks_end_a_paragraph(hard: str) -> None:
    text = f"Breaking news{hard}Talks resumed in Astana"
    assert [text[s:e] for s, e, _ in segment_spans(text, "en")] == ["Breaking news", "Talks resumed in Astana"]
