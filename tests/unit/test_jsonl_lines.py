"""The JSONL writer's chunk serializer gives, line for line, each record's own JSON, whatever
the values hold (as Structs or as dicts when a key is no identifier), and writes bytes only
where the stream encodes UTF-8."""

from __future__ import annotations

import io
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sverka.ops.export.writers.jsonl import _byte_sink, json_lines, record_type

KEYS = ["article_id", "text", "annotations", "score"]

_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["article_id", "label", "x"]), inner, max_size=3)
    ),
    max_leaves=8,
)


def _parsed(data: bytes) -> list[Any]:
    assert data == b"" or data.endswith(b"\n")
    return [json.loads(line) for line in data.decode().split("\n")[:-1]]


@given(st.lists(st.tuples(_values, _values, _values, _values), max_size=6))
def test_lines_are_the_records(rows: list[tuple[Any, ...]]) -> None:
    expected = [dict(zip(KEYS, row, strict=True)) for row in rows]
    assert _parsed(json_lines(KEYS, rows, record_type(KEYS))) == expected
    assert _parsed(json_lines(KEYS, rows)) == expected


def test_keys_that_are_no_identifiers_fall_back_to_dicts() -> None:
    keys = ["article id", "text"]
    assert record_type(keys) is None
    assert _parsed(json_lines(keys, [("a", "b")], record_type(keys))) == [{"article id": "a", "text": "b"}]
    assert list(_parsed(json_lines(KEYS, [(1, 2, 3, 4)], record_type(KEYS)))[0]) == KEYS  # keys in order


def test_separators_and_newlines_inside_values_keep_the_records_whole() -> None:
    tricky = '},{"article_id":'
    rows = [
        ("a1", tricky, [], 0.0),
        ("a2", "x", [{"article_id": "n1"}, {"article_id": "n2"}], 1.5),  # the separator, nested
        ("a3", "y\n", [{"label": "protest"}], 2),
    ]
    data = json_lines(KEYS, rows, record_type(KEYS))
    assert data.count(b"\n") == 3  # the newline inside "y\n" is escaped
    assert _parsed(data) == [dict(zip(KEYS, row, strict=True)) for row in rows]
    assert json_lines(KEYS, []) == b""


def test_bytes_go_to_a_utf8_buffer_else_as_text() -> None:
    raw = io.BytesIO()
    utf8 = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    utf8.write("first\n")
    _byte_sink(utf8)("Алматы\n".encode())
    utf8.flush()
    assert raw.getvalue() == "first\nАлматы\n".encode()  # in order: the text was flushed first

    text = io.StringIO()
    _byte_sink(text)("Алматы\n".encode())
    assert text.getvalue() == "Алматы\n"

    cyrillic = io.BytesIO()
    koi8 = io.TextIOWrapper(cyrillic, encoding="koi8-r", newline="")
    _byte_sink(koi8)("Алматы\n".encode())
    koi8.flush()
    assert cyrillic.getvalue() == "Алматы\n".encode("koi8-r")
