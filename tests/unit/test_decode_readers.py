"""Decoding and reading article files: encodings, headers, tables, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sverka.core.decode import NotText, decode_bytes
from sverka.core.readers import ReadError, expand_paths, read_table, read_unit

RU = "Протесты в Алма-Ате продолжаются. Президент К.-Ж. Токаев ввёл режим ЧП."


def test_encodings() -> None:
    assert decode_bytes(RU.encode("utf-8"))[0] == RU
    assert decode_bytes(b"\xef\xbb\xbf" + RU.encode("utf-8")) == (RU, "utf-8-sig")
    assert decode_bytes(RU.encode("cp1251")) == (RU, "cp1251")
    assert decode_bytes(RU.replace(". ", ".\r\n").encode("utf-8"))[0] == RU.replace(". ", ".\n")
    with pytest.raises(NotText):
        decode_bytes(bytes(range(256)) * 4)


def test_pairs_become_one_article(tmp_path: Path) -> None:
    (tmp_path / "story.ru.txt").write_text("date 2022-01-05 Заголовок\nТекст статьи.", encoding="utf-8")
    (tmp_path / "story.en.txt").write_text("date 2022-01-05 Headline\nArticle text.", encoding="utf-8")
    units, errors = expand_paths([tmp_path])
    assert not errors and len(units) == 1
    (article,) = read_unit(units[0])
    assert article.original.lang == "ru" and [t.lang for t in article.translations] == ["en"]
    assert article.title == "Заголовок" and article.date == "2022-01-05"
    (swapped,) = read_unit(units[0], original_lang="en")
    assert swapped.original.lang == "en"


def test_jsonl_and_csv_tables(tmp_path: Path) -> None:
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in [
                {"id": "1", "title": "T", "date": "2022-01-05", "lang": "ru", "text": RU},
                {"id": "1-en", "lang": "en", "text": "Protests continue.", "translation_of": "1"},
            ]
        ),
        encoding="utf-8",
    )
    (article,) = read_table(jsonl)
    assert article.external_id == "1" and article.translations[0].lang == "en"
    table = tmp_path / "a.csv"
    table.write_text('id,title,text\n7,"A, b","Line one.\nLine two."\n', encoding="utf-8")
    (row,) = read_table(table)
    assert row.title == "A, b" and "\n" in row.original.content


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.jsonl", '{"text": "ok"}\n[1, 2]\n', "a.jsonl:2: each line must be a JSON object"),
        ("b.jsonl", '{"text": "x", "date": "5 Jan"}\n', "b.jsonl:1: date '5 Jan' is not YYYY-MM-DD"),
        ("c.jsonl", '{"text": "x", "translation_of": "zz"}\n', "c.jsonl:1: translation_of 'zz' names no article"),
        ("d.csv", "id,body\n1,x\n", "d.csv:1: CSV header must name"),
        ("e.txt", "   \n\n", "e.txt: empty file"),
        ("f.jsonl", '{"text": "x", "lang": "Russian"}\n', "f.jsonl:1: language 'Russian'"),
    ],
)
def test_bad_tables_name_file_and_line(tmp_path: Path, name: str, content: str, expected: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReadError) as exc:
        read_unit([path])
    assert expected in str(exc.value)
    assert "\n" not in str(exc.value)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".jsonl", ".csv"]))
def test_hostile_bytes_never_crash(tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    try:
        drafts = read_unit([path])
    except ReadError as exc:
        message = str(exc)
        assert message.startswith(str(path)) and "\n" not in message
    else:
        assert drafts and all(d.original.content.strip() for d in drafts)


def test_csv_errors_name_the_line_where_the_record_starts(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text('id,text\n1,"fine\nacross lines"\n2,"unterminated\nstill going\n', encoding="utf-8")
    with pytest.raises(ReadError) as exc:
        read_unit([path])
    assert str(exc.value).startswith(f"{path}:4: malformed CSV")
