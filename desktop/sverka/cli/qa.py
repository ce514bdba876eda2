"""``sverka qa PROJECT``: translation QA checks on the aligned rows, before a reviewer reads.

Prints one line per finding: omissions and additions (a sentence with no counterpart),
numbers or months that differ, names whose entity is missing or different on the other
side, untranslated text, length-ratio outliers and unpaired quotes or brackets.
``--json`` prints a list of findings, each with ``kind``, ``article_id``, the original's
``sentence_ids``, the translation's ``translation_sentence_ids`` and a ``detail``.
"""

from __future__ import annotations

import argparse
import sys

from sverka.cli.common import CliError, add_project_arg, opened_project, print_json
from sverka.core.qa import KINDS
from sverka.db.project import Project
from sverka.ops.qa import Finding, run_qa
from sverka.ops.views.refs import resolve_article


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "qa",
        help="translation QA checks on aligned rows: omissions, numbers, names, untranslated text…",
        description="Run translation QA checks on every aligned human translation (or one article's): "
        f"{', '.join(KINDS)}. Align first (sverka align): the checks read the alignment rows.",
    )
    add_project_arg(p)
    p.add_argument("--article", metavar="ID", help="only this article (id, id prefix or list number)")
    p.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        metavar="KIND",
        help=f"only findings of this kind (repeatable): {', '.join(KINDS)}",
    )
    p.add_argument("--json", action="store_true", help="print the findings as a JSON list")
    p.set_defaults(func=run)


def _article(project: Project, ref: str) -> str:
    try:
        return resolve_article(project, ref)
    except LookupError as exc:
        raise CliError(str(exc)) from exc


def run(args: argparse.Namespace) -> int:
    with opened_project(args.project) as project:
        ids = [_article(project, args.article)] if args.article else None
        findings = run_qa(project, ids, args.kind)
    if args.json:
        print_json([f.to_json() for f in findings])
    else:
        _print(findings)
    return 0


def _print(findings: list[Finding]) -> None:
    out = sys.stdout
    for f in findings:
        out.write(f"{f.article_id[:8]}  row {f.row + 1:<4} {f.kind:<12} {f.severity:<6} {f.detail}\n")
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    summary = ", ".join(f"{counts[k]} {k}" for k in KINDS if k in counts) or "nothing found"
    out.write(f"{len(findings)} finding{'s' if len(findings) != 1 else ''}: {summary}\n")
