"""The n-gram model as one compact binary file, read in one go (resources/langid/model.bin).

Building the model from langdetect's JSON profiles takes a second or more (80 JSON files,
270,000 log-probabilities, 65,536 calls of ``NGram.normalize``); the result is a few tables
of fixed-width integers, so ``scripts/build_langid_profiles.py`` writes them out once and
the application reads them back with ``int.from_bytes`` over slices of one buffer.

Layout: MAGIC, a 4-byte little-endian header length, a UTF-8 JSON header, then one
zlib-compressed section per writing system. The header holds the normaliser (the character
class langdetect blanks and the characters it maps to others) and, per system, its profile
names, n-gram count and the offset/length of its section. A section is the n-grams joined by
"\\n" (UTF-8), a 4-byte length in front, followed by each n-gram's packed weights as
``(profiles + 1) * FIELD_BITS / 8`` little-endian bytes (see ``langid_model.SystemModel``).
"""

from __future__ import annotations

import json
import struct
import zlib
from functools import partial

__all__ = ["MAGIC", "PackFormatError", "Packed", "Unpacked", "pack"]

MAGIC = b"SVERKA-LANGID-1\n"
_LEN = struct.Struct("<I")
_little = partial(int.from_bytes, byteorder="little")


class PackFormatError(ValueError):
    """The packed model file is not one this version of Sverka wrote."""


Packed = tuple[str, str, str, str, dict[str, tuple[tuple[str, ...], dict[str, int], tuple[str, ...]]]]
"""(blank character class, mapped characters, what they map to, their character class,
system -> (profiles, table, profiles with word weights))."""


def pack(packed: Packed, field_bits: int) -> bytes:
    """The bytes of the model file (deterministic: same model, same bytes)."""
    blank, keys, values, other_class, systems = packed
    header: dict[str, object] = {
        "field_bits": field_bits,
        "blank": blank,
        "keys": keys,
        "values": values,
        "other_class": other_class,
    }
    sections = []
    entries = []
    offset = 0
    for name, (profiles, table, word_profiles) in systems.items():
        width = (len(profiles) + 1) * field_bits // 8
        grams = sorted(table)
        if any("\n" in g for g in grams):
            raise ValueError(f"{name}: an n-gram holds a line break")
        text = "\n".join(grams).encode("utf-8")
        blob = b"".join(table[g].to_bytes(width, "little") for g in grams)
        section = zlib.compress(_LEN.pack(len(text)) + text + blob, 9)
        entries.append(
            {
                "name": name,
                "profiles": list(profiles),
                "word_profiles": list(word_profiles),
                "count": len(grams),
                "offset": offset,
            }
        )
        sections.append(section)
        offset += len(section)
    header["systems"] = entries
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return MAGIC + _LEN.pack(len(head)) + head + b"".join(sections)


class Unpacked:
    """A packed model file, read: the header at once, each system's table on first use."""

    def __init__(self, data: bytes, field_bits: int) -> None:
        if not data.startswith(MAGIC):
            raise PackFormatError("not a packed language model (wrong magic)")
        start = len(MAGIC) + _LEN.size
        (head_len,) = _LEN.unpack_from(data, len(MAGIC))
        header = json.loads(data[start : start + head_len].decode("utf-8"))
        if header.get("field_bits") != field_bits:
            got = header.get("field_bits")
            raise PackFormatError(f"packed with {got}-bit fields, this version reads {field_bits}")
        self.field_bits = field_bits
        self.blank: str = header["blank"]
        self.keys: str = header["keys"]
        self.values: str = header["values"]
        self.other_class: str = header["other_class"]
        body = start + head_len
        entries = header["systems"]
        ends = [e["offset"] for e in entries[1:]] + [len(data) - body]
        self.profiles: dict[str, tuple[str, ...]] = {e["name"]: tuple(e["profiles"]) for e in entries}
        self.word_profiles: dict[str, tuple[str, ...]] = {e["name"]: tuple(e["word_profiles"]) for e in entries}
        self._sections = {
            e["name"]: (data[body + e["offset"] : body + end], e["count"]) for e, end in zip(entries, ends, strict=True)
        }

    def table(self, system: str) -> dict[str, int]:
        """The n-gram table of ``system`` (decompressed and built on every call: cache it)."""
        section, count = self._sections[system]
        raw = zlib.decompress(section)
        (text_len,) = _LEN.unpack_from(raw)
        grams = raw[_LEN.size : _LEN.size + text_len].decode("utf-8").split("\n")
        width = (len(self.profiles[system]) + 1) * self.field_bits // 8
        base = _LEN.size + text_len
        if len(grams) != count or len(raw) != base + width * len(grams):
            raise PackFormatError(f"section {system} is truncated")
        view = memoryview(raw)
        chunks = map(
            view.__getitem__, map(slice, range(base, len(raw), width), range(base + width, len(raw) + 1, width))
        )
        return dict(zip(grams, map(_little, chunks), strict=True))
