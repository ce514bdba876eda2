"""``sverka align PROJECT``: align translations with their originals; show and edit the rows.

Without options every human translation in the project is aligned (manual links are kept).
``--show`` prints an article's rows; ``--relink``, ``--merge`` and ``--split`` edit them as
undoable commands (the same ones the GUI uses), and the edited rows become manual.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sverka.cli.common import CliError, add_project_arg, opened_project, print_json
from sverka.db.project import Project
from sverka.ops.alignment import edits
from sverka.ops.alignment.rows import show_rows
from sverka.ops.alignment.run import AlignSummary, align_article, align_project
from sverka.ops.annotation.schemas import annotator_id
from sverka.ops.history import Command, Session, execute
from sverka.ops.views.refs import resolve_article
from sverka.progress import StderrProgress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "align",
        help="align translations with their originals sentence by sentence; show or edit rows",
        description="Align every human translation (or one article's) with its original: 1-1, 1-2, 2-1, "
        "1-0 and 0-1 rows with a score. Manual rows are never changed by a re-run. --show prints "
        "the rows; --relink/--merge/--split edit them (undoable in the GUI; edited rows become manual).",
    )
    add_project_arg(p)
    p.add_argument("--article", metavar="ID", help="only this article (id, id prefix or list number)")
    p.add_argument("--lang", metavar="LANG", help="only the translation in this language")
    p.add_argument("--mt", action="store_true", help="also compare with machine translation when a model is installed")
    p.add_argument("--show", action="store_true", help="print the article's rows side by side (needs --article)")
    p.add_argument(
        "--relink",
        nargs=3,
        metavar=("ARTICLE", "SRC_FROM:SRC_TO", "TGT_FROM:TGT_TO"),
        help="make these sentence ranges (0-based, end excluded) one manual row; neighbours give them up",
    )
    p.add_argument("--merge", type=int, metavar="ROW", help="merge row ROW (as --show numbers it) with the next")
    p.add_argument("--split", type=int, metavar="ROW", help="split row ROW into 1-1 / 1-0 / 0-1 rows")
    p.add_argument("--annotator", metavar="NAME", help="who made the edit (recorded in the event log)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


def _article(project: Project, ref: str) -> str:
    try:
        return resolve_article(project, ref)
    except LookupError as exc:
        raise CliError(str(exc)) from exc


def _span(text: str) -> tuple[int, int]:
    try:
        a, b = (int(x) for x in text.split(":"))
    except ValueError as exc:
        raise CliError(f"{text!r}: give a sentence range as FROM:TO, e.g. 3:5", 2) from exc
    return a, b


def _print_summary(summary: AlignSummary, as_json: bool) -> None:
    for line in summary.skipped:
        sys.stderr.write(f"sverka: skipped {line}\n")
    if as_json:
        print_json(summary.to_json())
        return
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(summary.kinds.items(), key=lambda kv: -kv[1])) or "no rows"
    print(
        f"aligned {summary.translations} translations of {summary.articles} articles: {summary.links} rows ({kinds})"
        + (f"; {summary.manual} manual rows kept" if summary.manual else "")
        + (f"; {summary.with_mt} with MT similarity" if summary.with_mt else "")
        + ("; cancelled" if summary.cancelled else "")
    )


def _rows(project: Project, article_id: str, lang: str | None) -> list[dict[str, Any]]:
    try:
        return show_rows(project, article_id, lang)
    except LookupError as exc:
        raise CliError(str(exc)) from exc


def _print_rows(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        score = f"{r['score']:.2f}" if r["score"] is not None else "  - "
        print(
            f"{r['row']:>4}  {r['kind']}  {r['origin']:<6} {score}  "
            f"src {r['src_from']}:{r['src_to']}  tgt {r['tgt_from']}:{r['tgt_to']}"
        )
        print(f"      < {r['source']}" if r["source"] else "      <")
        print(f"      > {r['target']}" if r["target"] else "      >")


def _edit(project: Project, args: argparse.Namespace, article_id: str) -> int:
    rows = _rows(project, article_id, args.lang)
    translation_id = rows[0]["translation_id"] if rows else None
    if translation_id is None:
        raise CliError("the article has no sentences to align")

    def row_id(number: int) -> str:
        if not 1 <= number <= len(rows) or rows[number - 1]["id"] is None:
            raise CliError(f"no stored row {number} (see --show; run `sverka align` first if none are stored)")
        return str(rows[number - 1]["id"])

    if args.relink:
        (s0, s1), (t0, t1) = _span(args.relink[1]), _span(args.relink[2])

        def build(session: Session) -> Command | None:
            return edits.build_relink(session, translation_id, s0, s1, t0, t1)
    elif args.merge is not None:
        link = row_id(args.merge)

        def build(session: Session) -> Command | None:
            return edits.build_merge(session, link)
    else:
        link = row_id(args.split)

        def build(session: Session) -> Command | None:
            return edits.build_split(session, link)

    def logged(session: Session) -> Command | None:
        command = build(session)
        if command is not None and args.annotator:
            command.actor = annotator_id(session, args.annotator)
        return command

    try:
        done = execute(project, logged, None)
    except (ValueError, LookupError) as exc:
        raise CliError(str(exc)) from exc
    after = _rows(project, article_id, args.lang)
    if args.json:
        print_json({"changed": done is not None, "rows": after})
    else:
        print(f"{done.description}: {len(after)} rows" if done else "nothing to change")
        if args.show:
            _print_rows(after)
    return 0


def run(args: argparse.Namespace) -> int:
    if args.relink:
        args.article = args.relink[0]
    editing = bool(args.relink) or args.merge is not None or args.split is not None
    if sum([bool(args.relink), args.merge is not None, args.split is not None]) > 1:
        raise CliError("give one of --relink, --merge, --split", 2)
    if (editing or args.show) and not args.article:
        raise CliError("--show, --merge and --split need --article", 2)
    with opened_project(args.project) as project:
        article_id = _article(project, args.article) if args.article else None
        if editing:
            assert article_id is not None
            return _edit(project, args, article_id)
        if args.show:
            assert article_id is not None
            rows = _rows(project, article_id, args.lang)
            print_json(rows) if args.json else _print_rows(rows)
            return 0
        if article_id is None:
            summary = align_project(project, use_mt=args.mt, progress=StderrProgress())
        else:
            summary = _align_one(project, article_id, args)
        _print_summary(summary, args.json)
        return 1 if summary.skipped else 0


def _align_one(project: Project, article_id: str, args: argparse.Namespace) -> AlignSummary:
    try:
        return align_article(project, article_id, lang=args.lang, use_mt=args.mt)
    except LookupError as exc:
        raise CliError(str(exc)) from exc
