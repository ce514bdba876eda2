"""`scripts/setup.sh run` (the run command) asks apt for Qt's libraries only, plus Xvfb when
there is no display; `setup.sh test` adds PostgreSQL and the validators. Run against a copy
of the script with apt-get, dpkg-query and the venv's python replaced by recorders, so
nothing is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TEST_ONLY = {"postgresql", "appstream", "desktop-file-utils", "xdotool"}


def _fake_checkout(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    shutil.copy2(REPO / "scripts" / "setup.sh", root / "scripts" / "setup.sh")
    shutil.copy2(REPO / "pyproject.toml", root / "pyproject.toml")
    (root / "scripts" / "wheelhouse.sh").write_text("exit 0\n")
    venv_bin = root / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "python").write_text('#!/bin/sh\necho "python $*" >> "$LOG"\n')
    (venv_bin / "python").chmod(0o755)
    fake = tmp_path / "fakebin"
    fake.mkdir()
    (fake / "dpkg-query").write_text("#!/bin/sh\nexit 1\n")  # nothing is installed
    (fake / "apt-get").write_text('#!/bin/sh\necho "apt-get $*" >> "$LOG"\n')
    (fake / "sudo").write_text('#!/bin/sh\nexec "$@"\n')
    for tool in (fake / "dpkg-query", fake / "apt-get", fake / "sudo"):
        tool.chmod(0o755)
    return root, fake


def _requested(tmp_path: Path, profile: str, display: str | None) -> tuple[set[str], str]:
    root, fake = _fake_checkout(tmp_path)
    log = tmp_path / "log"
    env = {key: value for key, value in os.environ.items() if key not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.update(PATH=f"{fake}:/usr/bin:/bin", LOG=str(log))
    if display:
        env["DISPLAY"] = display
    subprocess.run(["bash", "scripts/setup.sh", profile], cwd=root, env=env, check=True, capture_output=True)
    lines = log.read_text().splitlines()
    installs = [line for line in lines if line.startswith("apt-get install")]
    assert len(installs) == 1
    return {word for word in installs[0].split() if not word.startswith("-")} - {"apt-get", "install"}, "\n".join(lines)


@pytest.mark.parametrize(("display", "xvfb"), [(None, True), (":0", False)])
def test_run_profile_installs_only_what_the_app_needs(tmp_path: Path, display: str | None, xvfb: bool) -> None:
    packages, log = _requested(tmp_path, "run", display)
    assert {"libxcb-cursor0", "libegl1", "libxkbcommon-x11-0"} <= packages
    assert not packages & TEST_ONLY
    assert ("xvfb" in packages) is xvfb
    pips = [line for line in log.splitlines() if line.startswith("python")]
    assert pips == ["python -m pip install -q -e ."]  # the base install: no extras, no torch


def test_test_profile_adds_the_test_stack(tmp_path: Path) -> None:
    packages, log = _requested(tmp_path, "test", ":0")
    assert TEST_ONLY | {"xvfb", "libxcb-cursor0"} <= packages
    pips = [line for line in log.splitlines() if line.startswith("python")]
    assert pips == ["python -m pip install -q torch==2.13.0+cpu", "python -m pip install -q -e .[mt,team,dev]"]


def test_a_current_stamp_skips_pip(tmp_path: Path) -> None:
    _requested(tmp_path, "run", ":0")
    log = tmp_path / "log"
    log.unlink()
    root = tmp_path / "checkout"
    env = dict(os.environ, PATH=f"{tmp_path / 'fakebin'}:/usr/bin:/bin", LOG=str(log), DISPLAY=":0")
    subprocess.run(["bash", "scripts/setup.sh", "run"], cwd=root, env=env, check=True, capture_output=True)
    assert "python" not in log.read_text()  # apt is asked again (dpkg says nothing is there), pip is not


def test_unknown_profile_is_a_usage_error(tmp_path: Path) -> None:
    root, _ = _fake_checkout(tmp_path)
    result = subprocess.run(["bash", "scripts/setup.sh", "demo"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 2 and "usage: bash scripts/setup.sh [run|test]" in result.stderr
