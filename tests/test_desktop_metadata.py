"""The Linux desktop entry and AppStream metainfo pass their validators (installed by
scripts/setup.sh); the PyInstaller spec names the package data the app needs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/setup.sh installs it)")
    return path


def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [_validator("desktop-file-validate"), str(PACKAGING / "io.github.sverka.Sverka.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_appstream_metainfo_is_valid() -> None:
    result = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", str(PACKAGING / "io.github.sverka.Sverka.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyinstaller_spec_bundles_migrations_and_resources() -> None:
    spec = (PACKAGING / "sverka.spec").read_text("utf-8")
    assert "migrations" in spec and "resources" in spec
