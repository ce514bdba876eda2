"""The project-backed ``sverka names`` actions: list, detect, merge, split, rename, not-a-name,
style and check. Curation goes through the same undoable commands as the GUI, logged in the
project's event log. Exit codes: 0 ok, 1 failure (unknown entity, ambiguous name), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from sverka.cli.common import CliError, open_or_fail, print_json
from sverka.cli.names.parsing import ACTION_NAMES, ActionParser
from sverka.db.project import Project
from sverka.db.wording import wordings
from sverka.ops.annotation.schemas import annotator_id
from sverka.ops.history import Command, Session, execute
from sverka.ops.names import commands as cmds
from sverka.ops.views.names import entity_variants, find_entity, find_variant, style_issues
from sverka.ops.views.names import list_entities as query_entities
from sverka.progress import StderrProgress


def _parser(action: str, description: str) -> ActionParser:
    parser = ActionParser(prog=f"sverka names {action}", description=description)
    parser.add_argument("project", metavar="PROJECT", help="project file path or SQLAlchemy URL")
    return parser


def _open(target: str) -> Project:
    if "://" not in target and not Path(target).exists():
        actions = ", ".join(sorted(ACTION_NAMES))
        raise CliError(f"names: {target!r} is neither an action ({actions}) nor a project file", 2)
    return open_or_fail(target)


def list_entities(argv: list[str]) -> int:
    """``sverka names [list] PROJECT``: entities with variants and mention counts."""
    parser = _parser("list", "List the project's entities, most mentioned first, with their variants.")
    parser.add_argument("--search", metavar="TEXT", default="", help="only entities with TEXT in a name or spelling")
    parser.add_argument("--all", action="store_true", help="include not-a-name entities and unmentioned ones")
    parser.add_argument("--json", action="store_true", help="JSON with every variant")
    ns = parser.parse_args(argv)
    project = _open(ns.project)
    try:
        with project.sessions() as session:
            rows = query_entities(session, ns.search, include_hidden=ns.all)
            variants = {e.id: entity_variants(session, e.id) for e in rows}
    finally:
        project.close()
    if ns.json:
        print_json(
            [
                {
                    "id": e.id,
                    "canonical": e.canonical,
                    "kind": e.kind,
                    "origin": e.origin,
                    "key": e.key,
                    "mentions": e.mentions,
                    "not_a_name": e.not_a_name,
                    "style": e.style,
                    "variants": [
                        {
                            "id": v.id,
                            "spelling": v.spelling,
                            "lang": v.lang,
                            "script": v.script,
                            "origin": v.origin,
                            "not_a_name": v.not_a_name,
                            "mentions": v.mentions,
                        }
                        for v in variants[e.id]
                    ],
                }
                for e in rows
            ]
        )
        return 0
    for e in rows:
        used = [v for v in variants[e.id] if v.mentions]
        spellings = ", ".join(f"{v.spelling} ({v.mentions})" + (" [not a name]" if v.not_a_name else "") for v in used)
        flag = " [not a name]" if e.not_a_name else ""
        print(f"{e.id[:8]}  {e.canonical}{flag}  {e.kind}  {e.mentions} mentions, {e.variants} variants: {spellings}")
    if not rows:
        sys.stderr.write("no entities (run `sverka names detect PROJECT` after importing)\n")
    return 0


def _detect(argv: list[str]) -> int:
    parser = _parser(
        "detect",
        "Find name mentions in every sentence of every article again. Curation "
        "(merges, splits, renames, not-a-name) is kept and applies to the new mentions.",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    ns = parser.parse_args(argv)
    from sverka.ops.names.detect import detect_mentions

    project = _open(ns.project)
    try:
        summary = detect_mentions(project, progress=StderrProgress())
    finally:
        project.close()
    if ns.json:
        print_json(vars(summary))
    else:
        print(
            f"{summary.mentions} mentions in {summary.sentences} sentences; "
            f"{summary.entities_created} new entities, {summary.variants_created} new variants "
            f"({summary.seconds:.2f} s)"
        )
    return 0


def _curate(ns: argparse.Namespace, build: Callable[[Session], Command | None]) -> int:
    """Run one curation command, logged under ``--annotator`` when given."""
    project = _open(ns.project)
    try:

        def wrapped(session: Session) -> Command | None:
            try:
                command = build(session)
            except (LookupError, ValueError) as exc:
                raise CliError(str(exc.args[0] if exc.args else exc)) from exc
            if command is not None and ns.annotator:
                command.actor = annotator_id(session, ns.annotator)
            return command

        executed = execute(project, wrapped, None)
    finally:
        project.close()
    print(executed.description if executed else "nothing to change")
    return 0


def _with_annotator(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--annotator", metavar="NAME", help="who made the change (recorded in the event log)")
    return parser


def _merge(argv: list[str]) -> int:
    parser = _with_annotator(
        _parser(
            "merge",
            "Merge entity B into entity A: B's spellings and mentions move to "
            "A, and later imports that find B land in A.",
        )
    )
    parser.add_argument("a", metavar="A", help="the entity that stays")
    parser.add_argument("b", metavar="B", help="the entity merged into A")
    ns = parser.parse_args(argv)
    return _curate(ns, lambda s: cmds.build_merge(s, find_entity(s, ns.a), find_entity(s, ns.b)))


def _split(argv: list[str]) -> int:
    parser = _with_annotator(_parser("split", "Split one spelling out of an entity into a new entity."))
    parser.add_argument("entity", metavar="ENTITY")
    parser.add_argument("variant", metavar="VARIANT", help="the spelling (or variant id prefix) to split out")
    parser.add_argument("--name", metavar="CANONICAL", help="canonical name of the new entity (default: the spelling)")
    ns = parser.parse_args(argv)

    def build(session: Session) -> Command | None:
        entity = find_entity(session, ns.entity)
        return cmds.build_split(session, find_variant(session, entity, ns.variant), ns.name)

    return _curate(ns, build)


def _rename(argv: list[str]) -> int:
    parser = _with_annotator(_parser("rename", "Give an entity a new canonical name."))
    parser.add_argument("entity", metavar="ENTITY")
    parser.add_argument("new", metavar="NEW")
    ns = parser.parse_args(argv)
    return _curate(ns, lambda s: cmds.build_rename(s, find_entity(s, ns.entity), ns.new))


def _not_a_name(argv: list[str]) -> int:
    parser = _with_annotator(
        _parser(
            "not-a-name",
            "Mark an entity (or one of its spellings) as not a name: "
            "its mentions leave views and exports, now and in later imports.",
        )
    )
    parser.add_argument("entity", metavar="ENTITY")
    parser.add_argument("--variant", metavar="SPELLING", help="only this spelling of the entity")
    parser.add_argument("--off", action="store_true", help="make it a name again")
    ns = parser.parse_args(argv)

    def build(session: Session) -> Command | None:
        entity = find_entity(session, ns.entity)
        if ns.variant:
            variant = find_variant(session, entity, ns.variant)
            return cmds.build_not_a_name(session, variant_id=variant, value=not ns.off)
        return cmds.build_not_a_name(session, entity_id=entity, value=not ns.off)

    return _curate(ns, build)


def _style(argv: list[str]) -> int:
    parser = _with_annotator(
        _parser(
            "style",
            "Choose how the project writes an entity in one language "
            "(e.g. Almaty in en, Алматы in ru); `check` lists translations "
            "that do otherwise. Without SPELLING the choice is cleared.",
        )
    )
    parser.add_argument("entity", metavar="ENTITY")
    parser.add_argument("lang", metavar="LANG", help="language code: en, ru, kk, …")
    parser.add_argument("spelling", metavar="SPELLING", nargs="?")
    ns = parser.parse_args(argv)
    return _curate(ns, lambda s: cmds.build_style(s, find_entity(s, ns.entity), ns.lang, ns.spelling))


def _check(argv: list[str]) -> int:
    parser = _parser(
        "check",
        "List translated sentences that name an entity otherwise than the project's "
        "style choice for their language. Exit status 0 even when some are found.",
    )
    parser.add_argument("--json", action="store_true", help="JSON records with sentence ids and offsets")
    parser.add_argument("--originals", action="store_true", help="check original texts too")
    ns = parser.parse_args(argv)
    project = _open(ns.project)
    try:
        with project.sessions() as session:
            roles = ("translation", "original") if ns.originals else ("translation",)
            issues = style_issues(session, roles)
            bodies = wordings(session, [i.sentence_id for i in issues])
    finally:
        project.close()
    if ns.json:
        print_json([{**vars(i), "sentence": bodies.get(i.sentence_id, "")} for i in issues])
        return 0
    for i in issues:
        body = bodies.get(i.sentence_id, "")
        context = body[max(0, i.start - 30) : i.end + 30].replace("\n", " ")
        print(f"{i.sentence_id[:8]}  {i.lang}  {i.used} -> {i.expected}  ({i.canonical})  …{context}…")
    sys.stderr.write(f"{len(issues)} sentences use another spelling than the chosen one\n")
    return 0


ACTIONS: dict[str, Callable[[list[str]], int]] = {
    "list": list_entities,
    "detect": _detect,
    "merge": _merge,
    "split": _split,
    "rename": _rename,
    "not-a-name": _not_a_name,
    "style": _style,
    "check": _check,
}
