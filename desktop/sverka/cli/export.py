"""``sverka export PROJECT --format FORMAT -o OUT`` (see the README's "Export formats")."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sverka.cli.common import CliError, add_project_arg, opened_project
from sverka.ops.export.fields.core import CORE
from sverka.ops.export.fields.translation import TRANSLATION
from sverka.ops.export.files import RefusedTarget
from sverka.ops.export.options import ExportOptions, Filters
from sverka.ops.export.split import parse_split
from sverka.ops.export.status import STATUSES
from sverka.ops.export.writers import FORMATS, MissingExtra, export_file, write_export
from sverka.ops.views.refs import resolve_article
from sverka.paths import shown
from sverka.progress import StderrProgress


def _date(text: str) -> str:
    import datetime

    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _split(text: str) -> tuple[int, ...]:
    try:
        return parse_split(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export the labeled dataset (one record per original sentence)",
        description="Export one record per sentence of each original text, with its aligned "
        "translation, labels, annotators and notes. See the README for the fields and formats.",
    )
    add_project_arg(p)
    p.add_argument(
        "--format",
        choices=list(FORMATS),
        default="jsonl",
        help="; ".join(f"{name}: {w.description}" for name, w in FORMATS.items()),
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=Path,
        help="output file (default: stdout); a folder with --split; a prefix for parallel",
    )
    p.add_argument("--to", dest="target_lang", metavar="LANG", help="pair with the translation in LANG")
    p.add_argument(
        "--normalized",
        action="store_true",
        help="add text_normalized/translation_normalized: each name mention in the project's chosen spelling",
    )
    p.add_argument("--qa", action="store_true", help="add qa: the QA findings (kind, detail) of each record's row")
    p.add_argument(
        "--no-formula-guard",
        dest="formula_guard",
        action="store_false",
        help="CSV: write cells as they are (no ' before = + - @), for pipelines rather than spreadsheets",
    )
    p.add_argument(
        "--resolve",
        metavar="MODE",
        help="one label set per sentence: all, gold, majority, annotator:NAME "
        "(default: the union of the people's labels)",
    )
    f = p.add_argument_group("filters (several values of one filter: any of them)")
    f.add_argument("--article", action="append", metavar="ID", help="an article: list number, id or id prefix")
    f.add_argument("--label", action="append", metavar="NAME", help="sentences with this label")
    f.add_argument("--status", action="append", choices=STATUSES, help="articles with this status")
    f.add_argument("--annotator", action="append", metavar="NAME", help="sentences this annotator labeled or noted")
    f.add_argument("--lang", action="append", metavar="LANG", help="sentences in this language")
    f.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="articles dated on or after DATE")
    f.add_argument("--until", dest="date_to", type=_date, metavar="DATE", help="articles dated on or before DATE")
    f.add_argument("--reviewed-only", action="store_true", help="only sentences marked reviewed")
    f.add_argument("--labeled-only", action="store_true", help="only sentences with at least one label")
    s = p.add_argument_group("dataset splits (parquet, jsonl)")
    s.add_argument("--split", type=_split, metavar="80/10/10", help="train/validation/test percentages: -o is a folder")
    s.add_argument("--seed", type=int, default=0, help="the split's random seed (default 0)")
    s.add_argument("--license", default="unknown", help="the dataset card's licence field (default: unknown)")
    p.set_defaults(func=run)


def options_from(args: argparse.Namespace, article_ids: list[str] | None) -> ExportOptions:
    filters = Filters(
        labels=args.label or (),
        statuses=args.status or (),
        annotators=args.annotator or (),
        languages=args.lang or (),
        date_from=args.date_from,
        date_to=args.date_to,
        reviewed_only=args.reviewed_only,
    )
    options = ExportOptions(
        args.target_lang,
        args.labeled_only,
        article_ids,
        normalized=args.normalized,
        qa=args.qa,
        filters=filters,
        formula_guard=args.formula_guard,
        split=args.split,
        seed=args.seed,
        license=args.license,
    )
    from sverka.ops.workflows.export import team_options  # numpy, via the agreement: only when exporting

    return team_options(options, args.resolve)


def run(args: argparse.Namespace) -> int:
    writer = FORMATS[args.format]
    if args.split and args.output is None:
        raise CliError("--split writes a folder: give -o DIR", 2)
    if args.output is None and writer.write is None:
        raise CliError(f"--format {args.format} writes files: give -o FILE", 2)
    with opened_project(args.project) as project:
        try:
            ids = [resolve_article(project, ref) for ref in args.article] if args.article else None
            if args.resolve:
                from sverka.ops.workflows.export import check_resolve

                check_resolve(project, args.resolve)
        except (LookupError, ValueError) as exc:
            raise CliError(str(exc), 2) from exc
        options = options_from(args, ids)
        try:
            if args.output is None:
                if args.format == "csv":
                    # CSV on stdout has always carried the core and translation columns only
                    # (and the QA findings when asked for).
                    options.field_sets, options.normalized = (CORE, TRANSLATION), False
                count = write_export(project, args.format, sys.stdout, options)
            else:
                target = args.output if args.split else args.output.resolve().parent
                if not args.split and not target.is_dir():
                    raise CliError(f"{args.output}: folder does not exist")
                count = export_file(project, args.format, args.output, options, StderrProgress())
        except RefusedTarget as exc:
            raise CliError(f"{shown(args.output)}: {exc}") from exc
        except MissingExtra as exc:
            raise CliError(str(exc)) from exc
        except ValueError as exc:
            raise CliError(f"{args.output or 'export'}: {exc}") from exc
        except OSError as exc:
            raise CliError(f"{args.output or 'stdout'}: cannot write: {exc.strerror}") from exc
    sys.stderr.write(f"exported {count} records\n")
    return 0
