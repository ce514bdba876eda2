"""Test isolation: every test gets its own data folder and home; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The tiny real Argos package builder (fixture `tiny_argos`). Imported as `support.…`:
# argostranslate installs a top-level `tests` package of its own into site-packages.
pytest_plugins = ["support.tiny_argos"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point $HOME, XDG folders and SVERKA_HOME at temp dirs: tests never touch the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("SVERKA_HOME", str(home / "sverka"))
    return home


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the checkout")
    return SEEDS


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture
def project_path(tmp_path: Path) -> Iterator[Path]:
    """A fresh project file with the default schemas."""
    from sverka.db.project import open_project
    from sverka.ops.workflows.project import initialise

    path = tmp_path / "test.sverka"
    project = open_project(path, create=True)
    initialise(project)
    project.close()
    yield path


@pytest.fixture
def project(project_path: Path) -> Iterator[object]:
    from sverka.db.project import open_project

    opened = open_project(project_path)
    yield opened
    opened.close()
