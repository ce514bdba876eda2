"""``sverka export PROJECT --format jsonl|csv -o OUT``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sverka.cli.common import CliError, add_project_arg, opened_project
from sverka.db.project import Project
from sverka.ops.export.records import ExportOptions, export_file, iter_records, write_csv, write_jsonl
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
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.normalized:  # names (issue 5): the extra fields exist only inside this block
        from sverka.ops.export.names import normalized_text

        with normalized_text():
            return _run(args)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    with opened_project(args.project) as project:
        options = ExportOptions(args.target_lang, args.labeled_only, args.article)
        if args.format == "mqm-tsv":  # review (issue 4): rows per MQM error, not per sentence
            count = _mqm_tsv(project, args.output, options)
        elif args.output is None:
            records = iter_records(project, options)
            writer = write_csv if args.format == "csv" else write_jsonl
            count = writer(records, sys.stdout)
        else:
            if not args.output.resolve().parent.is_dir():
                raise CliError(f"{args.output}: folder does not exist")
            try:
                count = export_file(project, args.format, args.output, options, StderrProgress())
            except OSError as exc:
                raise CliError(f"{args.output}: cannot write: {exc.strerror}") from exc
    sys.stderr.write(f"exported {count} records\n")
    return 0


def _mqm_tsv(project: Project, output: Path | None, options: ExportOptions) -> int:
    from sverka.ops.export.mqm import export_mqm_tsv, write_mqm_tsv

    if output is None:
        return write_mqm_tsv(project, sys.stdout, options)
    if not output.resolve().parent.is_dir():
        raise CliError(f"{output}: folder does not exist")
    try:
        return export_mqm_tsv(project, output, options, StderrProgress())
    except OSError as exc:
        raise CliError(f"{output}: cannot write: {exc.strerror}") from exc
