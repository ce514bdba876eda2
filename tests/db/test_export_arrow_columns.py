"""The Parquet export builds its Arrow arrays from buffers (not ``pyarrow.array``, whose first
call imports pandas): the arrays hold what ``pyarrow.array`` makes of the same lists, nulls,
empty lists, nested structs and non-ASCII text included, and refuse a value of the wrong type."""

from __future__ import annotations

from typing import Any

import pytest

from sverka.ops.export.columns import COLUMN_SPECS
from sverka.ops.export.writers.arrow_columns import column_array

pa = pytest.importorskip("pyarrow")

MENTION = {"surface": "Алматы", "start": 0, "end": 6, "canonical": None, "entity_id": "e1", "key": "k", "kind": "LOC"}

CASES: list[tuple[str, Any, list[Any]]] = [
    ("strings", pa.string(), ["a", None, "", "Предложение 1 — «цитата»", "😀 emoji", None]),
    ("ascii strings", pa.string(), ["wmt-1", "2022-01-05", "x" * 70]),
    ("all null strings", pa.string(), [None, None, None]),
    ("int64", pa.int64(), [0, -1, None, 2**62, 7]),
    ("float64", pa.float64(), [0.0, 15, None, 1.5e-300, -2.25]),
    ("bools", pa.bool_(), [True, False, None, True, False, False, True, True, True]),
    ("string lists", pa.list_(pa.string()), [["a", "б"], [], None, ["", None]]),
    ("labels", pa.list_(pa.int64()), [[0, 2], [], [1], []]),
    (
        "struct lists",
        pa.list_(pa.struct([("label", pa.string()), ("start", pa.int64()), ("stale", pa.bool_())])),
        [[{"label": "протест", "start": 3, "stale": False}], [], None, [{"label": None}, {"start": 1, "stale": True}]],
    ),
    ("structs", pa.struct([("a", pa.string()), ("b", pa.list_(pa.int64()))]), [{"a": "x", "b": [1]}, None, {}]),
    ("empty", pa.list_(pa.string()), []),
]


@pytest.mark.parametrize(("name", "type_", "values"), CASES, ids=[c[0] for c in CASES])
def test_arrays_hold_what_pyarrow_array_makes(name: str, type_: Any, values: list[Any]) -> None:
    built = column_array(pa, values, type_)
    built.validate(full=True)
    assert built.type == type_
    assert built.equals(pa.array(values, type=type_))
    assert built.to_pylist() == pa.array(values, type=type_).to_pylist()


def test_every_export_column_type_is_built() -> None:
    from sverka.ops.export.writers.parquet import arrow_type

    mentions = arrow_type(pa, COLUMN_SPECS["mentions"])
    values = [[MENTION, MENTION], [], None]
    assert column_array(pa, values, mentions).equals(pa.array(values, type=mentions))
    for key, spec in COLUMN_SPECS.items():
        assert len(column_array(pa, [None], arrow_type(pa, spec))) == 1, key


@pytest.mark.parametrize(
    ("type_", "values"),
    [
        (pa.string(), ["a", 3]),
        (pa.int64(), [1, "2"]),
        (pa.int64(), [1, True]),
        (pa.int64(), [1.5]),
        (pa.bool_(), [True, 1]),
        (pa.list_(pa.string()), [["a"], "ab"]),
        (pa.struct([("a", pa.string())]), [{"a": "x"}, ["x"]]),
    ],
)
def test_a_value_of_the_wrong_type_is_refused(type_: Any, values: list[Any]) -> None:
    with pytest.raises(TypeError):
        column_array(pa, values, type_)
