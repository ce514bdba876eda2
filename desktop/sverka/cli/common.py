"""Shared helpers for CLI commands: errors, opening projects, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sverka.db.project import Project, ProjectError, open_project


class CliError(Exception):
    """A failure to report as one line on stderr; ``status`` is the exit code."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def die(message: str, status: int = 1) -> int:
    sys.stderr.write(f"sverka: {message}\n")
    return status


def open_or_fail(target: str, *, create: bool = False) -> Project:
    try:
        return open_project(target, create=create)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc


@contextmanager
def opened_project(target: str, *, create: bool = False) -> Iterator[Project]:
    """The project open for the block, closed after it whatever happens (see :func:`open_or_fail`)."""
    project = open_or_fail(target, create=create)
    try:
        yield project
    finally:
        project.close()


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def add_project_arg(parser: Any) -> None:
    parser.add_argument("project", metavar="PROJECT", help="project file path or SQLAlchemy URL")
