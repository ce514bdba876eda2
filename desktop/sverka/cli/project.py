"""``sverka init | list | show | stats | demo``: creating and reading projects."""

from __future__ import annotations

import argparse
from typing import Any

from sverka.cli.common import CliError, add_project_arg, opened_project, print_json
from sverka.db.faults import ProjectError

# Each command imports what it uses when it runs: `stats` must not pay for the importer,
# the demo builder and their language and name models (see cli/main.py).


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new project file (or an empty database at a URL)")
    add_project_arg(p)
    p.add_argument(
        "--languages",
        metavar="CODES",
        help="the languages its texts are in, e.g. ru,en,kk (ISO 639-1); default: all (every language)",
    )
    p.add_argument(
        "--schema",
        metavar="FILE",
        action="append",
        default=[],
        help="start with the label schema in FILE (format: resources/schemas/README.md) instead of "
        "the default ones; repeat for several",
    )
    p.set_defaults(func=run_init)

    p = sub.add_parser("list", help="list the articles of a project")
    add_project_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_list)

    p = sub.add_parser("show", help="show one article, original beside translation")
    add_project_arg(p)
    p.add_argument("article", metavar="ARTICLE", help="article id (a unique prefix is enough) or list number")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_show)

    p = sub.add_parser("stats", help="counts of articles, sentences, languages and labels")
    add_project_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_stats)

    p = sub.add_parser(
        "check",
        help="check a project file page by page (read-only)",
        description="Check a project file page by page without writing to it; it also lists work an "
        "interrupted import or translation left unfinished. --repair finishes that work.",
    )
    add_project_arg(p)
    p.add_argument(
        "--repair",
        action="store_true",
        help="finish what an interrupted (killed) import or translation left: alignment, name mentions",
    )
    p.set_defaults(func=run_check)

    p = sub.add_parser("demo", help="build the bundled demo project in the data folder and print its path")
    p.add_argument("--reset", action="store_true", help="rebuild it from scratch")
    p.set_defaults(func=run_demo)


def run_init(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sverka.core.languages import LanguageListError
    from sverka.ops.annotation.schemas import SchemaError, load_schema_file
    from sverka.ops.settings import parse_language_setting
    from sverka.ops.workflows import project as setup

    try:
        languages = parse_language_setting(args.languages or "all")
    except LanguageListError as exc:
        raise CliError(f"--languages: {exc}", status=2) from exc
    if "://" not in args.project and Path(args.project).exists():
        raise CliError(f"{args.project}: already exists; not overwriting it")
    try:  # every file is checked before the project file is made
        docs = [load_schema_file(Path(name)) for name in args.schema]
    except SchemaError as exc:
        raise CliError(str(exc)) from exc
    if len({d["name"] for d in docs}) < len(docs):
        raise CliError("--schema: two files give the same schema name")
    with opened_project(args.project, create=True) as project:
        setup.initialise(project, languages, docs)
    shown = ", ".join(languages) if languages else "every language"
    print(f"created project {args.project} ({shown})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from sverka.ops import direct_views

    rows = direct_views.list_articles(args.project)  # a current project file: no SQLAlchemy (as stats)
    if rows is None:
        from sverka.ops.views import overview

        with opened_project(args.project) as project:
            rows = overview.list_articles(project)
    if args.json:
        print_json(rows)
        return 0
    for number, row in enumerate(rows, start=1):
        langs = "→".join(row["languages"])
        print(
            f"{number:>4}  {row['id'][:8]}  {row['date'] or '          '}  {langs:<8}  "
            f"{row['labeled']:>3}/{row['sentences']:<3}  {row['status']:<11}  {row['title']}"
        )
    return 0


def _print_pair(row: dict[str, Any]) -> None:
    labels = f"  [{', '.join(row['labels'])}]" if row["labels"] else ""
    print(f"{row['idx']:>3} {row['lang']}  {row['text']}{labels}")
    if row["translation"] is not None:
        print(f"    {row['translation_lang']}  {row['translation']}")


def run_show(args: argparse.Namespace) -> int:
    from sverka.ops.workflows import project as setup

    with opened_project(args.project) as project:
        try:
            article = setup.show_article(project, args.article)
        except LookupError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print_json(article)
        return 0
    print(f"{article['title']}  ({article['date'] or 'no date'})  {article['id']}")
    for text in article["texts"]:
        print(
            f"  {text['role']}: {text['lang']} ({text['origin']}{', ' + text['model_id'] if text['model_id'] else ''})"
        )
    print()
    for row in article["sentences"]:
        _print_pair(row)
    return 0


def _full_stats(target: str) -> dict[str, Any]:
    from sverka.ops.settings import project_languages
    from sverka.ops.views import overview

    with opened_project(target) as project:
        stats = overview.project_stats(project)
        chosen = project_languages(project)
        stats["project_languages"] = list(chosen) if chosen is not None else "all"
    return stats


def run_stats(args: argparse.Namespace) -> int:
    from sverka.ops import direct_views

    # A current project file is read on plain sqlite3 (no SQLAlchemy: ~80 % of the run);
    # anything else (URLs, upgrades, read-only files, pending work, faults) the full way.
    stats = direct_views.project_stats(args.project)
    if stats is None:
        stats = _full_stats(args.project)
    if args.json:
        print_json(stats)
        return 0
    print(f"articles   {stats['articles']}  " + ", ".join(f"{k}: {v}" for k, v in stats["articles_by_lang"].items()))
    print(f"texts      {stats['texts']}  " + ", ".join(f"{k}: {v}" for k, v in stats["texts_by_lang"].items()))
    print(f"sentences  {stats['sentences']}  " + ", ".join(f"{k}: {v}" for k, v in stats["sentences_by_lang"].items()))
    shown = stats["project_languages"]
    print("languages  " + (", ".join(shown) if isinstance(shown, list) else "every language (detection)"))
    print(f"labeled    {stats['labeled_sentences']} sentences, {stats['annotations']} annotations")
    apart = {k: n for k, n in stats["annotations_by_kind"].items() if k != "person"}
    if apart:  # the gold and models' labels are counted apart from the people's
        print("  not counted: " + ", ".join(f"{n} {kind}" for kind, n in sorted(apart.items())))
    for label, count in stats["labels"].items():
        print(f"  {label:<28} {count}")
    print("annotators " + (", ".join(stats["annotators"]) or "none yet"))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from sverka.db import pending
    from sverka.db.project import check_project, locate

    try:
        revision = check_project(args.project)
        path = locate(args.project).path
        left = pending.load_from_file(path) if path is not None else []
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    print(f"{args.project}: ok (schema {revision})")
    if args.repair:
        from sverka.ops.workflows.resume import finish_abandoned  # the importer's stack: only when repairing
        from sverka.progress import StderrProgress

        with opened_project(args.project, resume=False) as project:
            if project.read_only is not None:
                raise CliError(f"{project.display_name}: cannot repair: the project is read-only ({project.read_only})")
            finished = finish_abandoned(project, progress=StderrProgress(), announce=lambda line: None)
        for line in finished.lines:
            print(f"{args.project}: {line}")
        for line in finished.left:
            print(f"{args.project}: still running elsewhere: {line}")
        if not finished.lines and not finished.left:
            print(f"{args.project}: nothing to repair")
        return 0
    for work in left:
        print(f"{args.project}: {work.describe()}; `sverka check --repair` (or any command) finishes it")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from sverka.ops.workflows.demo import build_demo

    try:
        path = build_demo(reset=args.reset)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    print(path)
    return 0
