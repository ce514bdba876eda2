"""``sverka merge | agreement | adjudicate | dashboard | team init``: work of several annotators."""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import math
import pkgutil
import sys
from pathlib import Path

from sverka.cli.annotation import _process as process_tag_line
from sverka.cli.common import CliError, add_project_arg, open_or_fail, opened_project, print_json
from sverka.db.faults import refusal
from sverka.db.project import Project
from sverka.ops.teams.annotators import GOLD, AnnotatorError, gold_annotator

# numpy (agreement), the merge and the server set-up load when their command runs, not at
# every `sverka` start.

GOLD_ACTIONS = ("add", "remove", "toggle")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "merge",
        help="join copies of one project that annotators worked on apart",
        description="Adds to TARGET what each SOURCE (a copy of the same project) has and TARGET lacks: "
        "articles, annotators, labels, notes, and every logged action, replayed so undo works. "
        "One transaction; running it again adds nothing.",
    )
    p.add_argument("target", metavar="TARGET", help="project to merge into (file or URL)")
    p.add_argument("sources", metavar="SOURCE", nargs="+", help="copies to merge from")
    p.add_argument("--json", action="store_true", help="print what was added as JSON")
    p.set_defaults(func=run_merge)

    p = sub.add_parser(
        "agreement",
        help="inter-annotator agreement: Cohen's and Fleiss' kappa, Krippendorff's alpha, percent",
        description="Over the sentences two or more annotators labeled: per label (given / not given) "
        "and overall (every sentence × label decision). Undefined figures (e.g. a label nobody "
        "or everybody gave) print as n/a, null in JSON.",
    )
    add_project_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--annotators", metavar="A,B", help="only these annotators (comma-separated)")
    p.add_argument("--label", metavar="L", help="only this label")
    p.set_defaults(func=run_agreement)

    p = sub.add_parser(
        "adjudicate",
        help="record gold labels from JSON lines on stdin (the lines of `sverka tag`)",
        description='Reads the JSON lines `sverka tag` reads ({"sentence_id": …, "label": …, "action": '
        "add|remove|toggle}) and records them as the gold decisions, apart from the annotators' own. "
        f"Gold is the annotator {GOLD!r} of kind gold; `export --resolve gold` prefers it.",
    )
    add_project_arg(p)
    p.add_argument("--create-labels", action="store_true", help="create unknown labels instead of failing")
    p.add_argument("--schema", metavar="NAME", help="look labels up in this schema only")
    p.set_defaults(func=run_adjudicate)

    p = sub.add_parser(
        "dashboard",
        help="team numbers: label distribution, progress, decisions per hour, agreement (and charts)",
        description="Prints the dashboard's numbers (--json for all of them) and with --plot DIR writes one "
        "chart per figure as PNG or SVG, headless (needs matplotlib: the `plot` extra).",
    )
    add_project_arg(p)
    p.add_argument("--json", action="store_true", help="print every number as JSON")
    p.add_argument("--plot", metavar="DIR", type=Path, help="write the charts into this folder")
    p.add_argument("--format", choices=("png", "svg"), default="png", help="chart file format (default png)")
    p.set_defaults(func=run_dashboard)

    team = sub.add_parser("team", help="set up a PostgreSQL team server")
    team_sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = team_sub.add_parser(
        "init",
        help="create the schema, one database role per annotator and row-level security",
        description="Run as the database's owner. Each annotator gets a login role that can write only "
        "its own annotations, notes and sessions; adjudicators also write gold. Annotators then connect "
        "with their own credentials (libpq service file or ~/.pgpass), e.g. "
        "postgresql+psycopg:///?service=sverka-ana. Re-running adds people.",
    )
    p.add_argument("url", metavar="URL", help="postgresql+psycopg://owner@host/database")
    p.add_argument("--annotator", metavar="NAME", action="append", default=[], help="an annotator (repeat)")
    p.add_argument("--adjudicator", metavar="NAME", action="append", default=[], help="an adjudicator (repeat)")
    p.add_argument(
        "--password-prompt", action="store_true", help="ask an initial password for each role (never stored)"
    )
    p.set_defaults(func=run_team_init)


def load_commands() -> None:
    """Import every ops module, so each logged command kind can be replayed by a merge."""
    import sverka.ops

    for info in pkgutil.walk_packages(sverka.ops.__path__, "sverka.ops."):
        importlib.import_module(info.name)


def run_merge(args: argparse.Namespace) -> int:
    from sverka.ops.teams.merge import MergeError, merge_projects

    load_commands()
    for source in args.sources:
        if "://" not in source and Path(source).resolve() == Path(args.target).resolve():
            raise CliError(f"{source}: is the target itself")
    sources: list[tuple[str, Project]] = []
    try:
        with opened_project(args.target) as target:
            for source in args.sources:
                sources.append((source, open_or_fail(source)))
            report = merge_projects(target, sources)
    except MergeError as exc:
        raise CliError(str(exc)) from exc
    finally:
        for _, project in sources:
            project.close()
    if args.json:
        print_json(report.to_json())
    else:
        for part in report.sources:
            print(part.summary())
    return 0


def _figure(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{value:.3f}"


def run_agreement(args: argparse.Namespace) -> int:
    from sverka.ops.teams.agreement import project_agreement

    names = [n.strip() for n in args.annotators.split(",") if n.strip()] if args.annotators else None
    with opened_project(args.project) as project, project.sessions() as session:
        try:
            report = project_agreement(session, names, args.label)
        except AnnotatorError as exc:
            raise CliError(f"{args.project}: {exc}") from exc
    if args.json:
        print_json(report.to_json())
        return 0
    print(f"{report.items} sentences labeled by two or more of {', '.join(report.annotators)}")
    print(f"{'label':<28} {'items':>6} {'percent':>8} {'fleiss':>8} {'alpha':>8}  cohen per pair")
    for name, fig in [("overall", report.overall), *report.labels.items()]:
        pairs = " ".join(f"{pair}={_figure(v)}" for pair, v in fig.cohen_kappa.items())
        print(
            f"{name:<28} {fig.items:>6} {_figure(fig.percent_agreement):>8} "
            f"{_figure(fig.fleiss_kappa):>8} {_figure(fig.krippendorff_alpha):>8}  {pairs}"
        )
    return 0


def run_dashboard(args: argparse.Namespace) -> int:
    from sverka.ops.teams.charts import ChartError, write_charts
    from sverka.ops.teams.dashboard import dashboard

    with opened_project(args.project) as project, project.sessions() as session:
        data = dashboard(session)
    if args.plot is not None:
        try:
            written = write_charts(data, args.plot, args.format)
        except ChartError as exc:
            raise CliError(str(exc)) from exc
        for path in written:
            sys.stderr.write(f"wrote {path}\n")
    if args.json:
        print_json(data)
        return 0
    for name, p in data["progress_per_annotator"].items():
        print(f"{name:<20} {p['labeled']:>7} of {p['total']} sentences ({100 * p['share']:.1f}%)")
    for label, counts in data["label_distribution"].items():
        print(f"{label:<28} " + ", ".join(f"{who} {n}" for who, n in counts.items()))
    return 0


def _gold_line(number: int, line: str) -> str | None:
    """The line with the gold annotator in it, or None (after reporting) when it is not a
    gold action; a line that is not JSON passes through for `tag` to report."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return line
    if not isinstance(record, dict):
        return line
    action = record.get("action", "add")
    if action not in GOLD_ACTIONS:
        sys.stderr.write(f"sverka: stdin:{number}: gold takes {', '.join(GOLD_ACTIONS)}, not {action!r}\n")
        return None
    return json.dumps({**record, "annotator": GOLD}, ensure_ascii=False)


def run_adjudicate(args: argparse.Namespace) -> int:
    args.annotator = GOLD
    failures = 0
    with opened_project(args.project) as project:
        try:
            with project.transaction() as session:
                gold_annotator(session)
        except AnnotatorError as exc:
            raise CliError(f"{args.project}: {exc}") from exc
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            rewritten = _gold_line(number, line)
            if rewritten is None or not process_tag_line(project, number, rewritten, args):
                failures += 1
    return 1 if failures else 0


def run_team_init(args: argparse.Namespace) -> int:
    from sverka.ops.teams.server import TeamError
    from sverka.ops.workflows.team import team_init

    passwords = None
    if args.password_prompt:
        passwords = {}
        for name in dict.fromkeys([*args.annotator, *args.adjudicator]):
            first = getpass.getpass(f"password for {name}: ")
            if first != getpass.getpass(f"password for {name} again: "):
                raise CliError(f"the two passwords for {name} differ; nothing was changed")
            passwords[name] = first
    try:
        setup = team_init(args.url, args.annotator, args.adjudicator, passwords)
    except TeamError as exc:
        raise CliError(str(exc)) from exc
    except Exception as exc:  # a server refusal (no privilege to create roles, …): one line
        reason = refusal(exc)
        if reason is None:
            raise
        raise CliError(f"team init: the server refused: {reason}") from exc
    print(setup.summary())
    return 0
