"""How MQM scores look: the chip in a sentence row and the line in the article header."""

from __future__ import annotations

from sverka.ops.views.review import ArticleScore
from sverka.ui.qt import QColor

# Severity colours, shared by the chip, the MQM dialog and the diff view.
SEVERITY_COLOURS = {"minor": QColor("#b8860b"), "major": QColor("#e6550d"), "critical": QColor("#d62728")}
EDITED_COLOUR = QColor(0, 0, 0, 0)  # outlined, like the note chip: metadata, not a label


def score_chip(score: float) -> tuple[str, QColor] | None:
    """``MQM 6`` coloured by the worst band it reaches (10 = a critical error's weight)."""
    if score <= 0:
        return None
    band = "critical" if score >= 10 else "major" if score >= 5 else "minor"
    return f"MQM {score:g}", SEVERITY_COLOURS[band]


def article_summary(score: ArticleScore | None) -> str:
    """``MQM 6 · 33.3 per 100 words · 2 errors (1 major, 1 minor)`` for the article header."""
    if score is None:
        return ""
    if not score.issues:
        return "MQM 0 · no errors marked"
    parts = [f"{n} {sev}" for sev, n in sorted(score.by_severity.items(), key=lambda kv: -_rank(kv[0])) if n]
    return (
        f"MQM {score.penalty:g} · {score.per_100_words:.1f} per 100 words · "
        f"{score.issues} error{'s' if score.issues != 1 else ''} ({', '.join(parts)})"
    )


def _rank(severity: str) -> int:
    return {"minor": 1, "major": 2, "critical": 3}.get(severity, 0)
