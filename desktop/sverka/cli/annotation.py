"""``sverka tag PROJECT``: label sentences from a script, one JSON action per stdin line.

Each line is committed in its own transaction before its acknowledgement is printed, so a
killed run loses nothing it acknowledged. Actions: add (default), remove, toggle, note,
review. A bad line is reported on stderr with its line number; the rest still run.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sverka.cli.common import add_project_arg, open_or_fail
from sverka.db.faults import refusal
from sverka.db.project import Project
from sverka.ops.annotation import tagging
from sverka.ops.annotation.schemas import SchemaError, annotator_id, create_adhoc_label, find_label
from sverka.ops.history import Command, Session, execute

ACTIONS = ("add", "remove", "toggle", "note", "review", "unreview", "lang")


class LineError(ValueError):
    pass


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "tag",
        help="apply labels, notes and review marks from JSON lines on stdin",
        description='Reads JSON lines such as {"sentence_id": "...", "label": "violence", '
        '"annotator": "ana"} from stdin. "action" may be add (default), remove, toggle, note '
        '(with "note": "text", empty to delete), review/unreview, or lang (with "lang": "kk"; '
        "empty returns to the detected language). Prints one JSON "
        "acknowledgement per committed action.",
    )
    add_project_arg(p)
    p.add_argument("--create-labels", action="store_true", help="create unknown labels instead of failing")
    p.add_argument("--annotator", metavar="NAME", help="annotator for lines that name none")
    p.add_argument("--schema", metavar="NAME", help="look labels up in this schema only")
    p.set_defaults(func=run)


def _field(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    if not isinstance(value, str) or not value:
        raise LineError(f"missing or empty {name!r}")
    return value


def _builder(record: dict[str, Any], args: argparse.Namespace) -> tuple[str, Any]:
    action = record.get("action", "add")
    if action not in ACTIONS:
        raise LineError(f"unknown action {action!r}; use one of {', '.join(ACTIONS)}")
    sentence_id = _field(record, "sentence_id")
    who = record.get("annotator") or args.annotator
    if not isinstance(who, str) or not who.strip():
        raise LineError('no annotator (give "annotator" or --annotator)')
    label_name = _field(record, "label") if action in ("add", "remove", "toggle") else None
    note = record.get("note")
    if note is not None and not isinstance(note, str):
        raise LineError("'note' must be a string")

    def build(session: Session) -> Command | None:
        command = _build(session)
        if command is not None:
            command.actor = annotator_id(session, who)
        return command

    def _build(session: Session) -> Command | None:
        try:
            return _command(session, action, record, sentence_id, annotator_id(session, who), label_name, args)
        except LookupError as exc:
            raise LineError(str(exc)) from exc
        except SchemaError as exc:
            raise LineError(str(exc)) from exc

    return action, build


def _command(
    session: Session,
    action: str,
    record: dict[str, Any],
    sentence_id: str,
    person: str,
    label_name: str | None,
    args: argparse.Namespace,
) -> Command | None:
    if label_name is not None:
        label = find_label(session, label_name, args.schema)
        if label is None:
            if not args.create_labels:
                raise LineError(f"unknown label {label_name!r} (use --create-labels to create it)")
            label = create_adhoc_label(session, label_name)
        if action == "add":
            return tagging.build_add(session, sentence_id, label.id, person, record.get("note"))
        if action == "remove":
            return tagging.build_remove(session, sentence_id, label.id, person)
        return tagging.build_toggle(session, sentence_id, label.id, person)
    if action == "note":
        return tagging.build_note(session, sentence_id, person, record.get("note"))
    if action == "lang":
        lang = record.get("lang")
        if lang is not None and not isinstance(lang, str):
            raise LineError("'lang' must be a string")
        return tagging.build_language(session, sentence_id, lang)
    return tagging.build_reviewed(session, sentence_id, person, action == "review")


def _process(project: Project, number: int, line: str, args: argparse.Namespace) -> bool:
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise LineError("each line must be a JSON object")
        action, build = _builder(record, args)
        done = execute(project, build, None)
    except json.JSONDecodeError as exc:
        sys.stderr.write(f"sverka: stdin:{number}: invalid JSON ({exc.msg})\n")
        return False
    except LineError as exc:
        sys.stderr.write(f"sverka: stdin:{number}: {exc}\n")
        return False
    except Exception as exc:  # a team server's refusal (another annotator's label, no privilege)
        reason = refusal(exc)
        if reason is None:
            raise
        sys.stderr.write(f"sverka: stdin:{number}: refused: {reason}\n")
        return False
    ack = {
        "line": number,
        "action": action,
        "sentence_id": record["sentence_id"],
        "label": record.get("label"),
        "changed": done is not None,
        "event_id": done.event_id if done else None,
    }
    sys.stdout.write(json.dumps(ack, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return True


def run(args: argparse.Namespace) -> int:
    project = open_or_fail(args.project)
    failures = 0
    try:
        for number, line in enumerate(sys.stdin, start=1):
            if line.strip() and not _process(project, number, line, args):
                failures += 1
    finally:
        project.close()
    return 1 if failures else 0
