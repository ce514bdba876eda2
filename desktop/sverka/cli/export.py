"""``sverka export PROJECT --format jsonl|csv|mqm-tsv -o OUT``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sverka.cli.common import CliError, add_project_arg, opened_project
from sverka.ops.export.fields.core import CORE
from sverka.ops.export.fields.translation import TRANSLATION
from sverka.ops.export.files import RefusedTarget
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.writers import export_file, write_export
from sverka.paths import shown
from sverka.progress import StderrProgress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export the labeled dataset (one record per original sentence)",
        description="Export one record per sentence of each original text, with its aligned "
        "translation, labels, annotators and notes. See the README for the fields.",
    )
    add_project_arg(p)
    p.add_argument(
        "--format",
        choices=["jsonl", "csv", "mqm-tsv"],
        default="jsonl",
        help="mqm-tsv: one row per MQM error (and per reviewed error-free sentence) in the WMT MQM layout",
    )
    p.add_argument("-o", "--output", metavar="OUT", type=Path, help="output file (default: stdout)")
    p.add_argument("--to", dest="target_lang", metavar="LANG", help="pair with the translation in LANG")
    p.add_argument("--labeled-only", action="store_true", help="only sentences with at least one label")
    p.add_argument("--article", action="append", metavar="ID", help="only these articles (repeatable)")
    p.add_argument(
        "--normalized",
        action="store_true",
        help="add text_normalized/translation_normalized: each name mention in the project's chosen spelling",
    )
    p.add_argument("--qa", action="store_true", help="add qa: the QA findings (kind, detail) of each record's row")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    options = ExportOptions(args.target_lang, args.labeled_only, args.article, normalized=args.normalized, qa=args.qa)
    with opened_project(args.project) as project:
        if args.output is None:
            if args.format == "csv":
                # CSV on stdout has always carried the core and translation columns only
                # (and the QA findings when asked for).
                options.field_sets, options.normalized = (CORE, TRANSLATION), False
            count = write_export(project, args.format, sys.stdout, options)
        else:
            if not args.output.resolve().parent.is_dir():
                raise CliError(f"{args.output}: folder does not exist")
            try:
                count = export_file(project, args.format, args.output, options, StderrProgress())
            except RefusedTarget as exc:
                raise CliError(f"{shown(args.output)}: {exc}") from exc
            except OSError as exc:
                raise CliError(f"{args.output}: cannot write: {exc.strerror}") from exc
    sys.stderr.write(f"exported {count} records\n")
    return 0
