"""Parallel text: ``PREFIX.<src>`` and ``PREFIX.<tgt>``, one aligned pair per line (the layout
MT toolkits train on). Only sentences with a translation; line breaks inside a sentence
become spaces, so line ``n`` of one file is line ``n`` of the other."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sverka.db.project import Project
from sverka.ops.export.files import atomic_paths, open_temp_text
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers.base import Writer
from sverka.progress import Progress


def one_line(text: str) -> str:
    return " ".join(text.split())


def pairs(project: Project, options: ExportOptions, progress: Progress) -> Iterator[tuple[Any, str, str, str]]:
    """(record, source language, source line, target line) of each translated sentence."""
    for record in iter_records(project, options, progress):
        src, tgt = one_line(record["text"] or ""), one_line(record.get("translation") or "")
        if src and tgt:
            yield record, record["lang"], src, tgt


def _language_pairs(project: Project, options: ExportOptions) -> list[tuple[str, str]]:
    found = dict.fromkeys(
        (lang, record["translation_lang"]) for record, lang, _s, _t in pairs(project, options, lambda *_: None)
    )
    if not found:
        raise ValueError("no translated sentences to export")
    same = [src for src, tgt in found if src == tgt]
    if same:
        raise ValueError(f"both sides are {same[0]}; choose the translation with --to LANG")
    return list(found)


def file_names(prefix: str, combos: Sequence[tuple[str, str]]) -> dict[tuple[str, str], tuple[Path, Path]]:
    """``PREFIX.ru`` / ``PREFIX.en`` for one language pair; ``PREFIX.ru-en.ru`` / ``….en`` per
    pair when the originals are in several languages (lines of two pairs never mix)."""
    if len(combos) == 1:
        ((src, tgt),) = combos
        return {(src, tgt): (Path(f"{prefix}.{src}"), Path(f"{prefix}.{tgt}"))}
    return {(s, t): (Path(f"{prefix}.{s}-{t}.{s}"), Path(f"{prefix}.{s}-{t}.{t}")) for s, t in combos}


def write_files(
    project: Project, path: Path, options: ExportOptions, progress: Progress, protected: Sequence[Path]
) -> int:
    combos = _language_pairs(project, options)
    names = file_names(str(path), combos)
    targets = [p for pair in names.values() for p in pair]
    count = 0
    with atomic_paths(targets, protected) as temps:
        outs = [open_temp_text(t) for t in temps]
        try:
            by = {combo: (outs[2 * i], outs[2 * i + 1]) for i, combo in enumerate(names)}
            for record, lang, src, tgt in pairs(project, options, progress):
                src_out, tgt_out = by[(lang, record["translation_lang"])]
                src_out.write(src + "\n")
                tgt_out.write(tgt + "\n")
                count += 1
        finally:
            for out in outs:
                out.close()
    return count


WRITER = Writer(
    "parallel",
    None,
    write_files=write_files,
    suffix="",
    description="Parallel text: PREFIX.<lang> files, one aligned pair per line",
)
