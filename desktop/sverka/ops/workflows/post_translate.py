"""What happens after machine translation: machine texts get their name mentions like imported
ones (names panel, exports). The CLI runs it after ``sverka translate``."""

from __future__ import annotations

from collections.abc import Sequence

from sverka.db.project import Project
from sverka.progress import CancelToken, Progress, no_progress


def after_translate(
    project: Project,
    article_ids: Sequence[str],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Find the name mentions of the translated articles; returns how many were found."""
    if not article_ids:
        return 0
    from sverka.ops.names.detect import detect_mentions  # loads the gazetteer: only when needed

    return detect_mentions(project, list(article_ids), progress=progress, cancel=cancel).mentions
