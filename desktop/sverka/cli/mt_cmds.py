"""``sverka models …``: install, list and remove Argos translation models.

``sverka translate`` joins this module once machine texts are stored (phase 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sverka.cli.common import CliError, print_json
from sverka.core.mt import packages
from sverka.progress import StderrProgress


def register(sub: Any) -> None:
    """Add ``models`` with its own subcommands to the main parser's subparsers."""
    models = sub.add_parser(
        "models",
        help="install, list and remove translation models",
        description="Manage Argos translation models in Sverka's data folder.",
    )
    models.set_defaults(func=lambda args: _usage(models))
    msub = models.add_subparsers(dest="models_command", metavar="ACTION", parser_class=type(models))

    install = msub.add_parser(
        "install",
        help="install a .argosmodel file (offline) or fetch one from the Argos index",
        description="Install FILE, or with --from/--to download from the Argos package index.",
    )
    install.add_argument("file", nargs="?", metavar="FILE", help="a .argosmodel file")
    install.add_argument(
        "--from", dest="from_code", metavar="LANG", help="source language (online)"
    )
    install.add_argument("--to", dest="to_code", metavar="LANG", help="target language (online)")
    install.add_argument(
        "--replace", action="store_true", help="replace an installed model of that name"
    )
    install.set_defaults(func=_install, parser=install)

    listing = msub.add_parser("list", help="list installed models")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_list)

    remove = msub.add_parser("remove", help="remove an installed model")
    remove.add_argument("name", metavar="NAME", help="model name as `sverka models list` shows it")
    remove.set_defaults(func=_remove)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _install(args: argparse.Namespace) -> int:
    online = args.from_code or args.to_code
    if args.file and online:
        args.parser.error("give either FILE or --from/--to, not both")
    if not args.file and not (args.from_code and args.to_code):
        args.parser.error("give FILE, or both --from and --to")
    try:
        packages.clean_leftovers()
        if args.file:
            model = packages.install_file(Path(args.file), replace=args.replace)
        else:
            model = packages.install_from_index(
                args.from_code, args.to_code, replace=args.replace, progress=StderrProgress()
            )
    except packages.ModelError as exc:
        raise CliError(str(exc)) from exc
    print(f"installed {model.name} ({model.from_code}→{model.to_code}, version {model.version})")
    return 0


def _list(args: argparse.Namespace) -> int:
    models = packages.installed_models()
    if args.json:
        print_json([model.to_json() for model in models])
        return 0
    if not models:
        print("no models installed; add one with `sverka models install FILE`", file=sys.stderr)
        return 0
    width = max(len(model.name) for model in models)
    for model in models:
        pair = f"{model.from_code}→{model.to_code}"
        print(f"{model.name:<{width}}  {pair:<8}  {model.version:<8}  {model.path}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    try:
        model = packages.remove_model(args.name)
    except packages.ModelError as exc:
        raise CliError(str(exc)) from exc
    print(f"removed {model.name}")
    return 0
