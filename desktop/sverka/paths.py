"""The one place that knows where Sverka's files live.

Data (demo project, MT models) goes to the platform's user data folder, or to
``$SVERKA_HOME`` when set (tests, portable installs, ``--home`` on the CLI).
Bundled read-only data is reached through :func:`resource`, which works in a source
checkout, an installed wheel and a PyInstaller bundle alike.
"""

from __future__ import annotations

import os
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

HOME_ENV = "SVERKA_HOME"


def data_dir() -> Path:
    """Sverka's writable data folder (created on first use)."""
    override = os.environ.get(HOME_ENV)
    base = Path(override) if override else Path(platformdirs.user_data_dir("sverka", False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def models_dir() -> Path:
    """Where installed Argos translation models live."""
    path = data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_project_path() -> Path:
    return data_dir() / "demo.sverka"


def resource(relative: str) -> Traversable:
    """A bundled resource under ``resources/``; refuses absolute or parent paths."""
    parts = Path(relative).parts
    if Path(relative).is_absolute() or ".." in parts:
        raise ValueError(f"resource path must be relative and inside resources/: {relative}")
    node: Traversable = files("sverka") / "resources"
    for part in parts:
        node = node / part
    return node


def resource_path(relative: str) -> Path:
    """A real filesystem path for a bundled resource (resources are plain files here)."""
    with as_file(resource(relative)) as path:
        return Path(path)
