"""The bundled demo project: built from resources/demo into the user's data folder."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sverka.db.project import Project, open_project
from sverka.ops.ingest.importer import Importer
from sverka.ops.workflows.project import initialise
from sverka.paths import demo_project_path, resource_path


def build_demo(reset: bool = False) -> Path:
    """Return the demo project's path, building it first if needed.

    It is built under a temporary name and renamed into place, so an interrupted build
    never leaves a half-made demo behind.
    """
    target = demo_project_path()
    if target.exists() and not reset:
        return target
    tmp = target.with_name(f".{target.name}.building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    project = open_project(tmp, create=True)
    try:
        initialise(project)
        report = Importer(project).import_paths([resource_path("demo")])
        if report.errors:
            raise RuntimeError("the bundled demo corpus failed to import: " + "; ".join(report.errors))
        for hook in DEMO_HOOKS:
            hook(project)
        with project.engine.connect() as conn:  # fold the WAL into the file before renaming
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        project.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, target)
    return target


# Features add steps here (alignment, name mentions) so the demo shows them.
DEMO_HOOKS: list[Callable[[Project], None]] = []


def _align_demo(project: Project) -> None:
    """Alignment (issue 4): the demo's human translations arrive aligned, as imports do."""
    from sverka.ops.alignment.run import align_project

    align_project(project)


DEMO_HOOKS.append(_align_demo)


def _names_demo(project: Project) -> None:
    """Names (issue 5): the demo shows its places, people and organisations as entities."""
    from sverka.ops.names.detect import detect_mentions

    detect_mentions(project)


DEMO_HOOKS.append(_names_demo)
