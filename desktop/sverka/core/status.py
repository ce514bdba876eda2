"""An article's status from its progress: the rule itself, free of any storage.

Kept apart from :mod:`sverka.ops.views.progress` (its SQL twins, on SQLAlchemy) so that the
direct read path of ``sverka list`` (:mod:`sverka.ops.direct_views`) applies the very same rule.
"""

from __future__ import annotations

STATUSES = ("todo", "in_progress", "done")


def derive_status(stored: str, sentences: int, labeled: int) -> str:
    """The status shown: stored 'done' wins, otherwise it follows labeling progress."""
    if stored == "done" or (sentences and labeled >= sentences):
        return "done"
    if labeled or stored == "in_progress":
        return "in_progress"
    return "todo"
