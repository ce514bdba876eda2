"""``sverka import PROJECT PATH...``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sverka.cli.common import add_project_arg, opened_project, print_json
from sverka.ops.workflows import resume
from sverka.ops.workflows.peer_import import PEER_FORMATS, PeerOptions
from sverka.progress import StderrProgress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="import articles (.txt, NAME.ru.txt + NAME.en.txt pairs, .jsonl, .csv, folders; "
        ".tmx, Label Studio .json, doccano .jsonl)",
        description="Import articles and their translations. A bad file is reported on stderr "
        "and skipped; the others still import; the exit status is then 1.",
    )
    add_project_arg(p)
    p.add_argument("paths", nargs="+", metavar="PATH", type=Path, help="files or folders")
    p.add_argument(
        "--original-lang",
        metavar="LANG",
        help="for NAME.xx.txt pairs: the language of the original (default: the non-English file)",
    )
    p.add_argument(
        "--format",
        choices=sorted(PEER_FORMATS),
        help="read every file named as this tool's format (default: .tmx is TMX, .json Label Studio, "
        "a .jsonl whose records have a 'label' list doccano, the rest Sverka's own formats)",
    )
    p.add_argument("--annotator", metavar="NAME", help="Label Studio / doccano: whose the imported labels are")
    p.add_argument(
        "--create-labels",
        action="store_true",
        help="Label Studio / doccano: add labels missing from the project's schemas (else such a file is refused)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--no-align", action="store_true", help="do not align imported translations (see `sverka align`)")
    p.add_argument("--no-names", action="store_true", help="do not look for name mentions (see `sverka names detect`)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with opened_project(args.project) as project:
        # Human translations arrive aligned, and name mentions found, as in the GUI; a kill
        # before that is finished is finished by the next run (resume).
        imported = resume.import_paths(
            project,
            args.paths,
            original_lang=args.original_lang,
            align=not args.no_align,
            names=not args.no_names,
            progress=StderrProgress(),
            peer=PeerOptions(fmt=args.format, annotator=args.annotator, create_labels=args.create_labels),
        )
        report, aligned, done = imported.report, imported.after.aligned, imported.peer
    for error in report.errors:
        sys.stderr.write(f"sverka: {error}\n")
    summary = {
        "articles": report.articles,
        "texts": report.texts,
        "sentences": report.sentences,
        "unchanged": report.duplicates,
        "errors": len(report.errors),
        "aligned": aligned.translations,
        "links": done.links,
        "annotations": done.annotations,
    }
    if args.json:
        print_json(
            {
                **summary,
                "article_ids": report.article_ids,
                "grown_article_ids": report.grown_article_ids,
                "error_messages": report.errors,
                "created_labels": done.created_labels,
            }
        )
    else:
        print(
            f"imported {report.articles} articles, {report.texts} texts, {report.sentences} sentences"
            + (f"; {report.duplicates} already in the project" if report.duplicates else "")
            + (f"; aligned {aligned.translations} translations" if aligned.translations else "")
            + (f"; {done.links} aligned units kept as rows" if done.links else "")
            + (f"; {done.annotations} labels by {args.annotator}" if done.annotations else "")
            + (f"; {len(report.errors)} files failed" if report.errors else "")
        )
    return 1 if report.errors else 0
