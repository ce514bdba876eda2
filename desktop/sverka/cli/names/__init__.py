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
from pathlib import Path
from typing import Any

from sverka.cli.common import CliError
from sverka.cli.names.parsing import ACTION_NAMES, USAGE


def register(sub: Any) -> None:
    """Add ``names`` to the main parser's subcommands."""
    parser = sub.add_parser(
        "names",
        help="cluster name spellings into entities (places, people, organisations)",
        usage=USAGE,
        description="Cluster spellings of places, people and organisations "
        "(English, Russian, Kazakh Cyrillic and Latin, inflected) into entities. "
        "Actions: cluster, list, detect, merge, split, rename, not-a-name, style, check; "
        "run 'sverka names ACTION --help' for the options of one.",
    )
    parser.add_argument("action", metavar="ACTION|PROJECT", help="an action, or a project file (lists its entities)")
    parser.add_argument("rest", nargs=argparse.REMAINDER, metavar="...", help=argparse.SUPPRESS)
    parser.set_defaults(func=_dispatch)


def _dispatch(args: argparse.Namespace) -> int:
    # The project-backed actions load the names ops (and their SQL) only when used.
    from sverka.cli.names import cluster, curation

    action = {"cluster": cluster.run, **curation.ACTIONS}.get(args.action)
    if action is None:  # `sverka names PROJECT ...` lists the project's entities
        if "://" not in args.action and not Path(args.action).exists():
            actions = ", ".join(ACTION_NAMES)
            raise CliError(f"names: {args.action!r} is neither an action ({actions}) nor a project file", status=2)
        return curation.list_entities([args.action, *args.rest])
    return action(list(args.rest))
