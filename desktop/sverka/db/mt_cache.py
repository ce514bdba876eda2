"""The project's MT cache: machine output per (model, source sentence hash).

Storage shared by two features: machine translation fills it, alignment's MT similarity
reads it, so neither imports the other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sverka.db.models import MtCache
from sverka.db.project import Project


def source_hash(sentence: str) -> str:
    """The MT cache key of a source sentence (shared with alignment's MT similarity)."""
    return hashlib.sha256(sentence.encode("utf-8")).hexdigest()


def cached_outputs(session: Session, model_key: str, hashes: Sequence[str]) -> dict[str, str]:
    """Cached output by source hash, for those of ``hashes`` this model has translated."""
    found: dict[str, str] = {}
    for start in range(0, len(hashes), 500):
        part = hashes[start : start + 500]
        found.update(
            (row.source_hash, row.output)
            for row in session.execute(
                select(MtCache.source_hash, MtCache.output).where(
                    MtCache.model_key == model_key, MtCache.source_hash.in_(part)
                )
            )
        )
    return found


def store_outputs(project: Project, model_key: str, outputs: dict[str, str]) -> None:
    """Add a finished batch to the cache; rows another run added meanwhile are kept."""
    with project.transaction() as session:
        have = set(cached_outputs(session, model_key, list(outputs)))
        rows = [
            {"model_key": model_key, "source_hash": h, "output": out} for h, out in outputs.items() if h not in have
        ]
        if rows:
            session.execute(insert(MtCache), rows)
