"""Every command module loads and registers; a broken one is an error, never a missing command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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


def test_the_command_table_names_what_each_module_registers() -> None:
    # cli.main loads only the module of the command at hand; a wrong entry would hide a command.
    for name, commands in cli.COMMANDS_BY_MODULE.items():
        assert name in cli.COMMAND_MODULES
        assert _commands(cli.build_parser([name])) == set(commands), name


def test_a_command_loads_its_module_only_and_a_bare_version_none() -> None:
    assert cli.modules_for(["stats", "p.sverka", "--json"]) == ["sverka.cli.project"]
    assert cli.modules_for(["--home", "stats", "tag", "p.sverka"]) == ["sverka.cli.annotation"]
    assert cli.modules_for(["--version"]) == []
    assert cli.modules_for(["--version", "--help"]) == cli.COMMAND_MODULES
    assert cli.modules_for([]) == cli.COMMAND_MODULES
    assert cli.modules_for(["no-such-command"]) == cli.COMMAND_MODULES


def test_a_missing_module_is_an_error_even_for_a_bare_version(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, "sverka.cli.no_such_module"])
    assert cli.main(["--version"]) == 1
    assert capsys.readouterr().err.startswith("sverka: command module sverka.cli.no_such_module does not load")


LIGHT_START = r"""
import sys
from sverka.cli import main as cli
for command in (["--version"], ["stats", "--help"], ["init", "--help"]):
    try:
        cli.main(command)
    except SystemExit:
        pass
HEAVY = {"sqlalchemy", "alembic", "PySide6", "numpy", "rapidfuzz", "pyarrow"}
heavy = sorted({m.split(".")[0] for m in sys.modules} & HEAVY)
assert not heavy, heavy
"""


def test_version_and_the_project_commands_help_load_no_heavy_library() -> None:
    import subprocess

    desktop = Path(cli.__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", LIGHT_START], capture_output=True, text=True, env={"PYTHONPATH": str(desktop)}
    )
    assert result.returncode == 0, result.stderr[-2000:]


LIGHT_STATS = r"""
import sys
from sverka.cli import main as cli
assert cli.main(["stats", sys.argv[1], "--json"]) == 0
assert cli.main(["list", sys.argv[1], "--json"]) == 0
HEAVY = {"sqlalchemy", "alembic", "PySide6", "numpy", "rapidfuzz", "pyarrow"}
heavy = sorted({m.split(".")[0] for m in sys.modules} & HEAVY)
assert not heavy, heavy
"""


def test_stats_and_list_of_a_current_project_file_load_no_heavy_library(tmp_path: Path) -> None:
    # Scripts call `sverka stats --json` (and `list`) thousands of times: a project file at the
    # head schema is read on plain sqlite3 (issue 17), SQLAlchemy is for everything else.
    import subprocess

    project = tmp_path / "p.sverka"
    assert cli.main(["init", str(project)]) == 0
    desktop = Path(cli.__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", LIGHT_STATS, str(project)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(desktop), "SVERKA_HOME": str(tmp_path / "home")},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("{") and '"articles": 0' in result.stdout and result.stdout.endswith("\n[]\n")
    assert result.stderr == ""
