"""``sverka`` — the headless front end. Never imports PySide6 (except to launch ``gui``).

One module per ops feature (``sverka.cli.alignment`` for ``sverka.ops.alignment``, …) exposes
``register(subparsers)``, which adds parsers whose ``func`` default takes the parsed args and
returns an exit status. A module that fails to import is an error, never a missing command.
Exit codes: 0 ok, 1 failure, 2 usage. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from sverka import __version__

# Modules register their subcommands in this order (help lists them so).
COMMAND_MODULES = [
    "sverka.cli.project",  # init, list, show, stats, check, demo
    "sverka.cli.ingest",  # import
    "sverka.cli.annotation",  # tag
    "sverka.cli.export",
    "sverka.cli.alignment",  # align
    "sverka.cli.names",
    "sverka.cli.mt",  # models, translate
    "sverka.cli.review",
    "sverka.cli.qa",  # translation QA checks
    "sverka.cli.teams",  # merge, agreement, adjudicate, team init, dashboard
    "sverka.cli.suggest",  # label suggestions from a model of people's labels
    "sverka.cli.gui",
    "sverka.cli.schema",  # schema import, schema export
]

# Which module registers which commands, so that `sverka stats …` loads sverka.cli.project
# alone (and what it needs) instead of every command's dependencies: scripts call the CLI
# thousands of times. A command missing here still works — the whole tree is built for it —
# only slower; tests/cli/test_command_modules.py checks this table against the modules.
COMMANDS_BY_MODULE = {
    "sverka.cli.project": ("init", "list", "show", "stats", "check", "demo"),
    "sverka.cli.ingest": ("import",),
    "sverka.cli.annotation": ("tag",),
    "sverka.cli.export": ("export",),
    "sverka.cli.alignment": ("align",),
    "sverka.cli.names": ("names",),
    "sverka.cli.mt": ("models", "translate"),
    "sverka.cli.review": ("review",),
    "sverka.cli.qa": ("qa",),
    "sverka.cli.teams": ("merge", "agreement", "adjudicate", "team", "dashboard"),
    "sverka.cli.suggest": ("suggest",),
    "sverka.cli.gui": ("gui",),
    "sverka.cli.schema": ("schema",),
}


class CommandModuleError(Exception):
    """A command module that cannot be loaded: the installation is broken, so say which."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


class _VersionAction(argparse.Action):
    """``sverka --version``: the release and the schema revision it writes (and upgrades
    older projects to), read only when asked: it loads SQLAlchemy."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from sverka.db.revisions import head_revision

        print(f"sverka {__version__} (project schema {head_revision()})")
        parser.exit()


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sverka",
        description="Sverka: check news articles against their translations, sentence by sentence.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and its project schema")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="data folder for models and the demo (default: $SVERKA_HOME or the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            raise CommandModuleError(f"command module {name} does not load: {exc}") from exc
        module.register(sub)
    return parser


def modules_for(words: Sequence[str], modules: Sequence[str] = COMMAND_MODULES) -> list[str]:
    """The command modules a command line needs: the one that registers its command, none
    for a bare ``--version``, all of them for the top-level help or an unknown command."""
    command = next((w for i, w in enumerate(words) if not w.startswith("-") and words[i - 1 : i] != ["--home"]), None)
    if command is None:
        asks_version = "--version" in words and not {"-h", "--help"} & set(words)
        return [] if asks_version else list(modules)
    owners = [m for m in modules if command in COMMANDS_BY_MODULE.get(m, ())]
    return owners or list(modules)


def check_modules_exist(modules: Sequence[str]) -> None:
    """The modules a command line does not load must still be there: a missing one is an
    error on every command, never a command that quietly went away."""
    for name in modules:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError) as exc:
            raise CommandModuleError(f"command module {name} does not load: {exc}") from exc
        if not found:
            raise CommandModuleError(f"command module {name} does not load: no module named {name!r}")


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    needed = modules_for(words)
    try:
        check_modules_exist([m for m in COMMAND_MODULES if m not in needed])
        parser = build_parser(needed)
    except CommandModuleError as exc:
        from sverka.cli.common import die

        return die(str(exc))
    args = parser.parse_args(argv)
    # Loaded once a command runs (its module did already): a bare --version never needs it.
    from sverka.cli.common import CliError, die

    if args.home:
        import os

        from sverka.paths import HOME_ENV

        os.environ[HOME_ENV] = args.home
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        return die(str(exc), exc.status)
    except KeyboardInterrupt:
        return die("interrupted", 130)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
