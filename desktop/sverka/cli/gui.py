"""``sverka gui [PROJECT]``: open the desktop app (the only CLI path that loads Qt)."""

from __future__ import annotations

import argparse
import importlib


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop app (on the demo project when no PROJECT is given)")
    p.add_argument("project", metavar="PROJECT", nargs="?", help="project file path or SQLAlchemy URL")
    p.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="open the window, paint it once and exit (0 when the project opened): a smoke test of an install",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported by name so that sverka.cli never depends on Qt at import time.
    app = importlib.import_module("sverka.ui.app")
    argv = [args.project] if args.project else []
    if args.quit_after_paint:
        argv.append(app.QUIT_AFTER_PAINT)
    return int(app.main(argv))
