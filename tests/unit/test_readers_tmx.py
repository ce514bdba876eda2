"""The TMX reader: a unit is one sentence per language, kept verbatim and linked 1-1; the
article comes from a prop or the file; hostile and broken files are one ReadError."""

from __future__ import annotations

from pathlib import Path

import pytest

from sverka.core.peer_drafts import PeerArticle
from sverka.core.readers import ReadError
from sverka.core.readers_tmx import read_tmx


def _tmx(body: str, srclang: str = "ru", head: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        f'{head}<tmx version="1.4"><header srclang="{srclang}" datatype="plaintext" segtype="sentence" '
        f'adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>\n<body>\n{body}\n</body></tmx>\n'
    )


def _tu(*pairs: tuple[str, str], props: str = "", srclang: str = "") -> str:
    tuvs = "".join(f'<tuv xml:lang="{lang}"><seg>{seg}</seg></tuv>' for lang, seg in pairs)
    attr = f' srclang="{srclang}"' if srclang else ""
    return f"<tu{attr}>{props}{tuvs}</tu>"


def _write(tmp_path: Path, text: str, name: str = "memory.tmx", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _sentences(article: PeerArticle, which: int | None = None) -> list[str]:
    text = article.draft.original if which is None else article.draft.translations[which]
    assert text.spans is not None
    return [text.content[start:end] for start, end, _kind in text.spans]


def test_each_unit_is_one_sentence_pair_kept_verbatim_and_linked_one_to_one(tmp_path: Path) -> None:
    two_sentences = "Первое предложение. Второе  предложение!"
    path = _write(
        tmp_path,
        _tmx(
            _tu(("ru", two_sentences), ("en", "First sentence. Second  sentence!"))
            + _tu(("ru", "\tТри "), ("en", "Three"))
        ),
    )
    [article] = read_tmx(path)
    assert _sentences(article) == [two_sentences, "\tТри "]  # never re-segmented, whitespace kept
    assert _sentences(article, 0) == ["First sentence. Second  sentence!", "Three"]
    assert article.draft.original.lang == "ru" and article.draft.translations[0].lang == "en"
    assert article.links == [[(0, 1, 0, 1), (1, 2, 1, 2)]]
    assert article.draft.title == "memory" and article.draft.external_id is None


def test_a_unit_without_a_language_is_a_one_to_zero_row_in_that_translation(tmp_path: Path) -> None:
    path = _write(
        tmp_path, _tmx(_tu(("ru", "Один"), ("en", "One")) + _tu(("ru", "Два")) + _tu(("ru", "Три"), ("en", "Three")))
    )
    [article] = read_tmx(path)
    assert _sentences(article, 0) == ["One", "Three"]
    assert article.links == [[(0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 2)]]


def test_the_article_prop_groups_units_into_articles_with_title_and_date(tmp_path: Path) -> None:
    def props(article: str, title: str = "", date: str = "") -> str:
        out = f'<prop type="x-sverka-article">{article}</prop>'
        out += f'<prop type="x-sverka-title">{title}</prop>' if title else ""
        return out + (f'<prop type="x-sverka-date">{date}</prop>' if date else "")

    body = (
        _tu(("ru", "А1"), ("en", "A1"), props=props("a", "Статья А", "2022-01-05"))
        + _tu(("ru", "Б1"), ("en", "B1"), props=props("b"))
        + _tu(("ru", "А2"), ("en", "A2"), props=props("a"))
    )
    first, second = read_tmx(_write(tmp_path, _tmx(body)))
    assert (first.draft.external_id, first.draft.title, first.draft.date) == ("a", "Статья А", "2022-01-05")
    assert second.draft.title == "b"  # no title prop: the article prop
    assert _sentences(first) == ["А1", "А2"] and _sentences(second) == ["Б1"]
    assert second.draft.external_id == "b" and second.draft.date is None


def test_languages_are_the_projects_codes_and_a_units_srclang_overrides_the_header(tmp_path: Path) -> None:
    body = _tu(("EN-us", "Hello"), ("kk-KZ", "Сәлем")) + _tu(("rus", "Привет"), ("en-US", "Hi"), srclang="RUS")
    by_lang = {a.draft.original.lang: a for a in read_tmx(_write(tmp_path, _tmx(body, srclang="en-US")))}
    assert set(by_lang) == {"en", "ru"}
    assert by_lang["en"].draft.translations[0].lang == "kk"
    assert _sentences(by_lang["ru"]) == ["Привет"] and _sentences(by_lang["ru"], 0) == ["Hi"]


def test_inline_codes_are_left_out_and_highlighted_text_kept(tmp_path: Path) -> None:
    seg = 'Нажмите <bpt i="1">&lt;b&gt;</bpt>здесь<ept i="1">&lt;/b&gt;</ept> <ph>&lt;img/&gt;</ph>и <hi>всё</hi>.'
    [article] = read_tmx(_write(tmp_path, _tmx(_tu(("ru", seg), ("en", "Click")))))
    assert _sentences(article) == ["Нажмите здесь и всё."]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16-le", "utf-16-be"])
def test_xml_encodings_come_back_as_the_same_characters(tmp_path: Path, encoding: str) -> None:
    declared = {"utf-8-sig": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}[encoding]
    text = _tmx(_tu(("ru", "Алматы — «город»"), ("kk", "Алматы қаласы"))).replace("UTF-8", declared)
    bom = "\ufeff" if encoding != "utf-8-sig" else ""
    [article] = read_tmx(_write(tmp_path, bom + text, encoding=encoding))
    assert _sentences(article) == ["Алматы — «город»"] and _sentences(article, 0) == ["Алматы қаласы"]


def test_ascii_with_character_references(tmp_path: Path) -> None:
    text = _tmx(_tu(("ru", "&#1040;&#x431;&#x432;"), ("en", "caf&#233;"))).replace("UTF-8", "us-ascii")
    [article] = read_tmx(_write(tmp_path, text))
    assert _sentences(article) == ["Абв"] and _sentences(article, 0) == ["café"]


@pytest.mark.parametrize(
    ("content", "problem", "line"),
    [
        (b"", "not well-formed XML (no element found)", 1),
        (b"<tmx><body><tu>\n<tuv xml:lang='en'><seg>a</seg></tuv>\n</body></tmx>", "mismatched tag", 3),
        (b"\xff\xfe\x00\x00garbage", "not well-formed XML", None),
        ('<?xml version="1.0" encoding="UTF-8"?><tmx><body>\xe9</body></tmx>'.encode("latin-1"), "not well-formed", 1),
        (b"<html><body/></html>", "not a TMX file (the root element is <html>", 1),
        (b"<tmx><header srclang='en'/></tmx>", "no <body>", 1),
        (b"<tmx><body></body></tmx>", "no translation units with text", None),
        (b"<tmx><body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>", "<tuv> without xml:lang", 1),
        (
            b"<tmx><body><tu>\n<tuv xml:lang='tlh-x'><seg>a</seg></tuv></tu></body></tmx>",
            "'tlh-x' is not an ISO 639",
            2,
        ),
        (b"<tmx><body><tu><tuv xml:lang='en'>a</tuv></tu></body></tmx>", "needs exactly one <seg>", 1),
        (
            b"<tmx><header srclang='ru'/><body>\n<tu><tuv xml:lang='en'><seg>a</seg></tuv></tu></body></tmx>",
            "no segment in its source language 'ru'",
            2,
        ),
        (
            b"<tmx><body><tu><tuv xml:lang='en'><seg>a</seg></tuv>"
            b"<tuv xml:lang='EN'><seg>b</seg></tuv></tu></body></tmx>",
            "two segments in 'EN'",
            1,
        ),
    ],
)
def test_broken_or_wrong_files_are_one_read_error_naming_file_and_line(
    tmp_path: Path, content: bytes, problem: str, line: int | None
) -> None:
    path = tmp_path / "bad.tmx"
    path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_tmx(path)
    assert problem in str(caught.value) and str(caught.value).startswith(str(path))
    if line is not None:
        assert caught.value.line == line
    assert "\n" not in str(caught.value)


def test_entity_declarations_are_refused_before_any_expansion(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY l0 "lol">{laughs}]>'
        '<tmx><body><tu><tuv xml:lang="en"><seg>&l9;</seg></tuv></tu></body></tmx>'
    )
    with pytest.raises(ReadError, match="declares the XML entity 'l0'"):
        read_tmx(_write(tmp_path, doc))


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY s SYSTEM "file://{secret}">]>'
        '<tmx><body><tu><tuv xml:lang="en"><seg>&s;</seg></tuv></tu></body></tmx>'
    )
    with pytest.raises(ReadError, match="declares the XML entity 's'"):
        read_tmx(_write(tmp_path, doc))


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    doc = (
        "<tmx><body><tu><tuv xml:lang='en'><seg>"
        + "<hi>" * 500
        + "x"
        + "</hi>" * 500
        + "</seg></tuv></tu></body></tmx>"
    )
    with pytest.raises(ReadError, match="nested over"):
        read_tmx(_write(tmp_path, doc))


def test_a_fifo_and_a_missing_file_are_read_errors(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.tmx"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="a FIFO"):
        read_tmx(fifo)
    with pytest.raises(ReadError, match="cannot read"):
        read_tmx(tmp_path / "missing.tmx")
