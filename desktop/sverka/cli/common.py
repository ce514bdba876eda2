"""Shared helpers for CLI commands: errors, opening projects, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sverka.db.credentials import mask_credentials, one_line
from sverka.db.faults import ProjectError, refusal
from sverka.paths import DataFolderError

if TYPE_CHECKING:
    from sverka.db.project import Project


class CliError(Exception):
    """A failure to report as one line on stderr; ``status`` is the exit code."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def die(message: str, status: int = 1) -> int:
    # One line whatever the message holds (a driver's multi-line error), and no password.
    sys.stderr.write(f"sverka: {one_line(message)}\n")
    return status


# Failures a command may meet outside an `opened_project` block (e.g. the project turns out
# read-only or the disk fills up half-way through `sverka tag`): still one line, exit 1.
# Any other exception still prints its traceback, with database passwords masked.
USER_ERRORS = (ProjectError, DataFolderError)


def _one_line_excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if isinstance(value, USER_ERRORS):
        die(str(value))
        return
    import traceback  # only for a crash: not on every command's start-up

    sys.stderr.write(mask_credentials("".join(traceback.format_exception(kind, value, tb))))


sys.excepthook = _one_line_excepthook


def open_or_fail(target: str, *, create: bool = False) -> Project:
    # SQLAlchemy loads here, when a command opens a project, not when the CLI starts.
    from sverka.db.project import open_project

    try:
        return open_project(target, create=create)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc


def finish_interrupted(project: Project) -> None:
    """Finish the post-import / post-translate work of a run that was killed (issue 13 row 2),
    with a line on stderr, before the command does its own work. A failure here (a full disk)
    is reported in one line and the command goes on."""
    from sverka.db.pending import has_records

    if project.read_only is not None or not has_records(project):
        return
    from sverka.ops.workflows.resume import finish_abandoned
    from sverka.progress import StderrProgress

    def say(line: str) -> None:
        sys.stderr.write(f"sverka: {project.display_name}: {line}\n")

    try:
        for line in finish_abandoned(project, progress=StderrProgress(), announce=say).lines:
            say(line)
    except USER_ERRORS as exc:
        die(f"could not finish the interrupted work: {exc}")
    except Exception as exc:  # a team member without the grants to finish it: the owner's next run will
        reason = refusal(exc)
        if reason is None:
            raise
        say(f"interrupted work left for someone allowed to finish it ({reason})")


@contextmanager
def opened_project(target: str, *, create: bool = False, resume: bool = True) -> Iterator[Project]:
    """The project open for the block, closed after it whatever happens (see :func:`open_or_fail`).

    Work a killed run left pending is finished first (``resume=False`` skips it). A storage
    fault inside the block (read-only file, full disk) becomes a one-line CliError.
    """
    project = open_or_fail(target, create=create)
    try:
        if resume and not create:
            finish_interrupted(project)
        yield project
    except USER_ERRORS as exc:
        raise CliError(str(exc)) from exc
    finally:
        project.close()


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def add_project_arg(parser: Any) -> None:
    parser.add_argument("project", metavar="PROJECT", help="project file path or SQLAlchemy URL")
