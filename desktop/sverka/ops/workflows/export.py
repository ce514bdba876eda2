"""Exports that compose the teams feature: labels resolved by ``--resolve`` and the
agreement lines of a dataset card (the export feature may not import teams itself)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from sverka.db.project import Project
from sverka.ops.export.options import ExportOptions
from sverka.ops.teams.agreement import project_agreement
from sverka.ops.teams.annotators import AnnotatorError
from sverka.ops.teams.resolve import MODES, resolve_labels

__all__ = ["MODES", "check_resolve", "team_options"]


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def agreement_lines(session: Session) -> Sequence[str]:
    """The dataset card's agreement: overall and per label, when two or more people labeled."""
    try:
        data: dict[str, Any] = project_agreement(session).to_json()
    except AnnotatorError:
        return []
    if len(data.get("annotators") or ()) < 2 or not data.get("items"):
        return []
    overall = data.get("overall") or {}
    lines = [
        f"Between {', '.join(data['annotators'])} over the {data['items']} sentences two or more of them labeled "
        f"(people only): Krippendorff's alpha {_fmt(overall.get('krippendorff_alpha'))}, "
        f"Fleiss' kappa {_fmt(overall.get('fleiss_kappa'))}, "
        f"percent agreement {_fmt(overall.get('percent_agreement'))}.",
        "",
        "| label | Krippendorff's alpha | percent agreement |",
        "|---|---|---|",
    ]
    for name, figures in (data.get("labels") or {}).items():
        lines.append(
            f"| {name} | {_fmt(figures.get('krippendorff_alpha'))} | {_fmt(figures.get('percent_agreement'))} |"
        )
    return lines


def check_resolve(project: Project, mode: str) -> None:
    """Raise ValueError/LookupError (one line) for a mode that cannot be resolved."""
    if not (mode in ("all", "gold", "majority") or mode.startswith("annotator:")):
        raise ValueError(f"unknown --resolve mode {mode!r}; use one of {', '.join(MODES)}")
    if mode.startswith("annotator:"):
        with project.sessions() as session:
            resolve_labels(session, mode)  # AnnotatorError (a LookupError) for an unknown name


def team_options(options: ExportOptions, resolve: str | None) -> ExportOptions:
    """``options`` with labels resolved by ``resolve`` (None: the people's union) and the
    dataset card's agreement."""

    def source(session: Session) -> Mapping[str, Sequence[str]]:
        assert resolve is not None
        return resolve_labels(session, resolve)

    return replace(
        options,
        resolve=resolve,
        label_source=source if resolve else None,
        agreement=agreement_lines,
    )
