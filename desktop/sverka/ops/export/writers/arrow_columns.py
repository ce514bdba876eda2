"""Python column lists as Arrow arrays, built from their buffers (``Array.from_buffers``).

``pyarrow.array`` would do this in one call, but its first call imports pandas (when it is
installed, as ``datasets`` installs it) only to ask whether the list is a pandas object:
~40 MB of the Parquet export's peak RSS for a library it never uses. The buffers of the
few types of :mod:`..columns` — strings, int64, float64, bools, lists and structs, each
nullable — are plain to build: UTF-8 bytes joined with their offsets, ``array`` module
numbers, and bitmaps packed by ``int(…, 2)``. The values are the ones ``pyarrow.array``
makes of the same lists (``tests/db/test_export_arrow_columns.py`` compares them); a value
of the wrong type is a ``TypeError``, as there.
"""

from __future__ import annotations

from array import array
from itertools import accumulate, chain
from typing import Any

_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_NONE = type(None)


def column_array(pa: Any, values: list[Any], type_: Any) -> Any:
    """The Arrow array of type ``type_`` holding ``values`` (None: null)."""
    types = pa.types
    if types.is_string(type_):
        return _strings(pa, values, type_)
    if types.is_int64(type_):
        return _numbers(pa, values, type_, "q")
    if types.is_float64(type_):
        return _numbers(pa, values, type_, "d")
    if types.is_boolean(type_):
        return _bools(pa, values, type_)
    if types.is_list(type_):
        return _lists(pa, values, type_)
    if types.is_struct(type_):
        return _structs(pa, values, type_)
    raise TypeError(f"no Arrow builder for {type_}")


def _bitmap(pa: Any, bits: list[bool]) -> Any:
    """Arrow's little-endian bitmap of ``bits`` (bit i of the buffer is ``bits[i]``)."""
    if not bits:
        return pa.py_buffer(b"")
    # bytes 0/1 -> digits "0"/"1", last bit first: int(…, 2) packs them in C, not bit by bit.
    digits = bytes(bits).translate(_DIGITS)[::-1]
    return pa.py_buffer(int(digits, 2).to_bytes((len(bits) + 7) // 8, "little"))


def _validity(pa: Any, values: list[Any]) -> tuple[Any, int]:
    """The validity bitmap of ``values`` (None when nothing is null) and the null count."""
    nulls = values.count(None)
    if not nulls:
        return None, 0
    return _bitmap(pa, [v is not None for v in values]), nulls


def _expect(values: list[Any], kinds: tuple[type, ...], type_: Any, refused: type | None = None) -> None:
    """TypeError unless every value is one of ``kinds`` (or a subclass, but not ``refused``).

    The exact types of a list are one C-level pass (``set(map(type, …))``); only a list
    holding some other type is looked at value by value."""
    if set(map(type, values)).issubset(kinds):
        return
    for v in values:
        if not isinstance(v, kinds) or (refused is not None and isinstance(v, refused)):
            raise TypeError(f"expected {' or '.join(k.__name__ for k in kinds)} for {type_}, got {v!r}")


def _strings(pa: Any, values: list[Any], type_: Any) -> Any:
    validity, nulls = _validity(pa, values)
    if nulls == len(values):
        return pa.nulls(nulls, type_)
    if nulls:
        values = [v if v is not None else "" for v in values]
    joined = "".join(values)  # TypeError for a value that is not a string
    if joined.isascii():  # ids, codes, dates: a character is a byte, no encoding per value
        lengths, data = map(len, values), joined.encode("ascii")
    else:
        encoded = list(map(str.encode, values))
        lengths, data = map(len, encoded), b"".join(encoded)
    offsets = array("i", list(accumulate(lengths, initial=0)))  # from a list: twice as fast as from the iterator
    buffers = [validity, pa.py_buffer(offsets), pa.py_buffer(data)]
    return pa.Array.from_buffers(type_, len(values), buffers, null_count=nulls)


def _numbers(pa: Any, values: list[Any], type_: Any, code: str) -> Any:
    validity, nulls = _validity(pa, values)
    if nulls:
        values = [v if v is not None else 0 for v in values]
    _expect(values, (int, float), type_, refused=bool)
    return pa.Array.from_buffers(type_, len(values), [validity, pa.py_buffer(array(code, values))], null_count=nulls)


def _bools(pa: Any, values: list[Any], type_: Any) -> Any:
    validity, nulls = _validity(pa, values)
    _expect(values, (bool, _NONE), type_)
    data = _bitmap(pa, [v is True for v in values])
    return pa.Array.from_buffers(type_, len(values), [validity, data], null_count=nulls)


def _lists(pa: Any, values: list[Any], type_: Any) -> Any:
    validity, nulls = _validity(pa, values)
    if nulls:
        values = [v if v is not None else () for v in values]
    _expect(values, (list, tuple), type_)
    offsets = array("i", list(accumulate(map(len, values), initial=0)))
    child = column_array(pa, list(chain.from_iterable(values)), type_.value_type)
    return pa.Array.from_buffers(
        type_, len(values), [validity, pa.py_buffer(offsets)], null_count=nulls, children=[child]
    )


def _structs(pa: Any, values: list[Any], type_: Any) -> Any:
    validity, nulls = _validity(pa, values)
    if nulls:
        values = [v if v is not None else {} for v in values]
    _expect(values, (dict,), type_)
    fields = [type_.field(i) for i in range(type_.num_fields)]
    children = [column_array(pa, [v.get(f.name) for v in values], f.type) for f in fields]
    return pa.Array.from_buffers(type_, len(values), [validity], null_count=nulls, children=children)
