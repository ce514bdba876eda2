"""The Linux desktop entry and AppStream metainfo pass their validators (installed by
`scripts/setup.sh test`); the PyInstaller spec names the package data the app needs; the
metainfo, the changelog and the package agree on the version."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sverka import __version__
from sverka.db.project import head_revision

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (`scripts/setup.sh test` installs it)")
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


def test_metainfo_and_changelog_name_this_release() -> None:
    releases = ET.parse(PACKAGING / "io.github.sverka.Sverka.metainfo.xml").getroot().find("releases")
    assert releases is not None
    assert releases[0].get("version") == __version__
    changelog = (REPO / "CHANGELOG.md").read_text("utf-8")
    first = re.search(r"^## (\S+)", changelog, re.MULTILINE)
    assert first is not None and first.group(1) == __version__
    section = changelog[first.end() :].split("\n## ", 1)[0]
    assert f"Project schema **{head_revision()}**" in section


def test_icons_at_the_usual_sizes() -> None:
    icons = REPO / "resources" / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = icons / f"{size}x{size}" / "apps" / "io.github.sverka.Sverka.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(header[16:20], "big") == int.from_bytes(header[20:24], "big") == size
