"""Settings stored in the project itself (the ``project_info`` table), shared by every front end.

The one setting so far is the project's languages: the candidates language detection chooses
among when the project imports. Stored under ``languages`` as comma-separated ISO 639-1 codes,
or ``all`` for every language Sverka knows.

A project without the key was made before projects had languages; it keeps the en/ru/kk
detection it was built with (``LEGACY_LANGUAGES``), so re-importing into it files texts as it
always did. ``sverka init`` and a new project in the app store ``all`` unless told otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sverka.core.languages import SUPPORTED_LANGUAGES, parse_languages

if TYPE_CHECKING:  # the models load when a setting is written: `sverka stats` reads without them
    from sqlalchemy.orm import Session

    from sverka.db.project import Project

__all__ = [
    "ALL_LANGUAGES",
    "LANGUAGES_KEY",
    "LEGACY_LANGUAGES",
    "format_languages",
    "languages_from_setting",
    "parse_language_setting",
    "project_languages",
    "set_project_languages",
    "write_project_languages",
]

LANGUAGES_KEY = "languages"
ALL_LANGUAGES = "all"
LEGACY_LANGUAGES: tuple[str, ...] = ("en", "ru", "kk")


def parse_language_setting(spec: str) -> tuple[str, ...] | None:
    """``"ru,en,kk"`` as codes, ``"all"`` (or nothing) as None = every language.

    Raises LanguageListError (a ValueError naming the bad code) for an unknown code.
    """
    if spec.strip().lower() in ("", ALL_LANGUAGES):
        return None
    return parse_languages(spec)


def format_languages(languages: Sequence[str] | None) -> str:
    """The stored spelling: ``"ru,en,kk"``, or ``"all"`` for None."""
    return ALL_LANGUAGES if languages is None else ",".join(languages)


def project_languages(project: Project) -> tuple[str, ...] | None:
    """The languages detection chooses among in ``project``; None = every language."""
    return languages_from_setting(project.info(LANGUAGES_KEY))


def languages_from_setting(stored: str | None) -> tuple[str, ...] | None:
    """The languages a stored ``languages`` value (None: no such key) stands for."""
    if stored is None:
        return LEGACY_LANGUAGES
    try:
        return parse_language_setting(stored)
    except ValueError:
        # A code a newer Sverka knows and this one does not: detect among the rest, not fail.
        known = [c for c in stored.split(",") if c.strip().lower() in SUPPORTED_LANGUAGES]
        return parse_languages(known) if known else None


def write_project_languages(session: Session, languages: Sequence[str] | None) -> None:
    """Store the project's languages inside an open transaction (None: every language)."""
    from sverka.db.models import ProjectInfo

    value = format_languages(None if languages is None else parse_languages(languages))
    row = session.get(ProjectInfo, LANGUAGES_KEY)
    if row is None:
        session.add(ProjectInfo(key=LANGUAGES_KEY, value=value))
    else:
        row.value = value


def set_project_languages(project: Project, languages: Sequence[str] | None) -> None:
    """Store the project's languages in a transaction of its own."""
    with project.transaction() as session:
        write_project_languages(session, languages)
