"""Every command module loads and registers; a broken one is an error, never a missing command."""

from __future__ import annotations

import argparse
import sys

import pytest

from sverka.cli import main as cli

COMMANDS = {
    "init",
    "list",
    "show",
    "stats",
    "check",
    "demo",
    "import",
    "tag",
    "export",
    "align",
    "names",
    "models",
    "translate",
    "review",
    "qa",
    "merge",
    "agreement",
    "adjudicate",
    "team",
    "dashboard",
    "suggest",
    "gui",
    "schema",
}


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_every_command_module_registers_its_commands() -> None:
    assert _commands(cli.build_parser()) == COMMANDS


def test_a_missing_command_module_is_an_error() -> None:
    with pytest.raises(cli.CommandModuleError, match=r"sverka\.cli\.no_such_module"):
        cli.build_parser([*cli.COMMAND_MODULES, "sverka.cli.no_such_module"])


def test_a_module_that_fails_inside_is_reported_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = "sverka.cli.broken_for_test"
    monkeypatch.setitem(sys.modules, broken, None)  # importing it raises ImportError
    monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, broken])
    assert cli.main(["list", "whatever.sverka"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("sverka: command module sverka.cli.broken_for_test does not load")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
