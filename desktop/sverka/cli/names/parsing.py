"""Parsing shared by the ``sverka names`` actions: their names, usage and one-line errors."""

from __future__ import annotations

import argparse
import sys

# In the order `sverka names` lists them.
ACTION_NAMES = ("cluster", "list", "detect", "merge", "split", "rename", "not-a-name", "style", "check")

USAGE = """sverka names cluster [FILE] [--lang LANG] [--json]
       sverka names [list] PROJECT [--json] [--search TEXT] [--all]
       sverka names detect PROJECT
       sverka names merge PROJECT A B
       sverka names split PROJECT ENTITY VARIANT
       sverka names rename PROJECT ENTITY NEW
       sverka names not-a-name PROJECT ENTITY [--variant V] [--off]
       sverka names style PROJECT ENTITY LANG [SPELLING]
       sverka names check PROJECT [--json]"""


class ActionParser(argparse.ArgumentParser):
    """Exit 2 with a one-line message on usage errors, like the main parser."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)
