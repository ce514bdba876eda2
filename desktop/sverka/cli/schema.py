"""``sverka schema import | export``: label schema files in and out of a project, in the format
of ``resources/schemas/README.md``."""

from __future__ import annotations

import argparse
from pathlib import Path

from sverka.cli.common import CliError, add_project_arg, opened_project
from sverka.ops.annotation import schema_files
from sverka.ops.annotation.schemas import SchemaError, annotator_id
from sverka.ops.history import execute


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("schema", help="import or export a label schema file")
    actions = p.add_subparsers(dest="schema_action", metavar="ACTION", required=True)

    q = actions.add_parser("import", help="add the schema in FILE to the project (undoable in the app)")
    add_project_arg(q)
    q.add_argument("file", metavar="FILE", help="a schema file (UTF-8 JSON, see resources/schemas/README.md)")
    q.add_argument("--annotator", metavar="NAME", help="log the import under this annotator")
    q.set_defaults(func=run_import)

    q = actions.add_parser("export", help="write one of the project's schemas to a file")
    add_project_arg(q)
    q.add_argument("--name", metavar="NAME", help="the schema (default: the project's first schema)")
    q.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write ('-': stdout)")
    q.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    try:
        doc = schema_files.read_schema_file(Path(args.file))
    except SchemaError as exc:
        raise CliError(str(exc)) from exc
    with opened_project(args.project) as project:
        who = None
        if args.annotator:
            with project.transaction() as session:
                who = annotator_id(session, args.annotator)
        try:
            execute(project, lambda s: schema_files.build_import_schema(s, doc), who)
        except SchemaError as exc:
            raise CliError(f"{args.file}: {exc}") from exc
    labels = sum(len(g["labels"]) for g in doc["groups"])
    groups = len(doc["groups"])
    print(f"imported schema {doc['name']!r}: {groups} group{'s' * (groups != 1)}, {labels} label{'s' * (labels != 1)}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with opened_project(args.project) as project, project.sessions() as session:
        try:
            if args.output == "-":
                print(schema_files.dump_document(schema_files.schema_document(session, args.name)), end="")
                return 0
            doc = schema_files.write_schema_file(session, Path(args.output), args.name)
        except SchemaError as exc:
            raise CliError(str(exc)) from exc
    print(f"wrote schema {doc['name']!r} to {args.output}")
    return 0
