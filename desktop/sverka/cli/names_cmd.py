"""``sverka names``: cluster name spellings into entities; list and curate a project's names.

    sverka names cluster [FILE] [--lang LANG] [--json]   names one per line -> entities
    sverka names PROJECT [--json] [--search TEXT]        entities, variants, mention counts
    sverka names detect PROJECT                          (re)find mentions in every article
    sverka names merge PROJECT A B                       B joins A (undoable in the GUI)
    sverka names split PROJECT ENTITY VARIANT            the variant becomes its own entity
    sverka names rename PROJECT ENTITY NEW               a new canonical name
    sverka names not-a-name PROJECT ENTITY [--variant V] [--off]
    sverka names style PROJECT ENTITY LANG SPELLING      the spelling to use in LANG
    sverka names check PROJECT [--json]                  translations that break the style

The first word after ``names`` chooses the action; anything that is not an action name
is taken as a project, so ``sverka names PROJECT`` is short for ``sverka names list
PROJECT``. Entities are named by canonical name, id prefix, gazetteer key or spelling.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from sverka.cli.common import CliError, print_json

# Actions of `sverka names`; the project-backed ones live in names_project_cmd.
ACTIONS: dict[str, Callable[[list[str]], int]] = {}

_USAGE = """sverka names cluster [FILE] [--lang LANG] [--json]
       sverka names [list] PROJECT [--json] [--search TEXT] [--all]
       sverka names detect PROJECT
       sverka names merge PROJECT A B
       sverka names split PROJECT ENTITY VARIANT
       sverka names rename PROJECT ENTITY NEW
       sverka names not-a-name PROJECT ENTITY [--variant V] [--off]
       sverka names style PROJECT ENTITY LANG [SPELLING]
       sverka names check PROJECT [--json]"""


class _ActionParser(argparse.ArgumentParser):
    """Exit 2 with a one-line message on usage errors, like the main parser."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def register(sub: Any) -> None:
    """Add ``names`` to the main parser's subcommands."""
    parser = sub.add_parser(
        "names", help="cluster name spellings into entities (places, people, organisations)",
        usage=_USAGE, description="Cluster spellings of places, people and organisations "
        "(English, Russian, Kazakh Cyrillic and Latin, inflected) into entities. "
        "Actions: cluster, list, detect, merge, split, rename, not-a-name, style, check; "
        "run 'sverka names ACTION --help' for the options of one.")
    parser.add_argument("action", metavar="ACTION|PROJECT",
                        help="an action, or a project file (lists its entities)")
    parser.add_argument("rest", nargs=argparse.REMAINDER, metavar="...", help=argparse.SUPPRESS)
    parser.set_defaults(func=_dispatch)


def _dispatch(args: argparse.Namespace) -> int:
    from sverka.cli import names_project_cmd  # registers the project-backed actions

    action = ACTIONS.get(args.action)
    if action is None:  # `sverka names PROJECT ...` lists the project's entities
        if "://" not in args.action and not Path(args.action).exists():
            raise CliError(f"names: {args.action!r} is neither an action ({', '.join(ACTIONS)}) nor a project file",
                           status=2)  # fmt: skip
        return names_project_cmd.list_entities([args.action, *args.rest])
    return action(list(args.rest))


def _read_lines(path: str | None) -> Iterator[str]:
    if path in (None, "-"):
        stream: TextIO = sys.stdin
        for line in stream:
            yield line.rstrip("\r\n").lstrip("\ufeff")
        return
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CliError(f"no such file: {path}") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise CliError(f"{path}: {exc.strerror}") from exc
    yield from text.splitlines()


def _cluster(argv: list[str]) -> int:
    parser = _ActionParser(
        prog="sverka names cluster",
        description="Read names one per line (stdin when no FILE) and print "
                    "name<TAB>canonical<TAB>entity_id per input line. Known entities come "
                    "from the bundled gazetteer (ids gaz:...); other names are clustered "
                    "among themselves (ids adhoc:...). Blank lines stay blank.")
    parser.add_argument("file", nargs="?", metavar="FILE", help="names, one per line (UTF-8)")
    parser.add_argument("--lang", choices=["ru", "kk", "en"],
                        help="language of the names (default: any; narrows case endings)")
    parser.add_argument("--canonical-lang", default="en", choices=["en", "ru", "kk", "kk_latn"],
                        help="language of gazetteer canonical names (default: en)")
    parser.add_argument("--json", action="store_true", help="JSON list with kind and how")
    ns = parser.parse_args(argv)

    from sverka.core.names.cluster import cluster_names  # heavy: only when used

    lines = [line.strip() for line in _read_lines(ns.file)]
    names = [line for line in lines if line]
    results = iter(cluster_names(names, lang=ns.lang, canonical_lang=ns.canonical_lang))
    if ns.json:
        print_json([
            {"name": r.name, "canonical": r.canonical, "entity_id": r.entity_id,
             "kind": r.kind, "how": r.how, "alternatives": list(r.alternatives)}
            for r in results])
        return 0
    out = sys.stdout
    for line in lines:
        if not line:
            out.write("\t\t\n")
            continue
        r = next(results)
        out.write(f"{r.name}\t{r.canonical}\t{r.entity_id}\n")
    return 0


ACTIONS["cluster"] = _cluster
