"""What an export contains: which articles, which translation, and which field sets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sverka.ops.export.fields import FieldSet
from sverka.ops.export.fields.core import CORE
from sverka.ops.export.fields.names import NAMES, NORMALIZED_NAMES
from sverka.ops.export.fields.qa import QA
from sverka.ops.export.fields.review import REVIEW
from sverka.ops.export.fields.suggestions import SUGGESTIONS
from sverka.ops.export.fields.translation import TRANSLATION

# Every field set, in record order: the default export carries all but the normalized names
# and the QA findings (running the checks costs export time, and it keeps datasets as they were).
DEFAULT_FIELD_SETS: tuple[FieldSet, ...] = (CORE, TRANSLATION, REVIEW, NAMES, SUGGESTIONS)


@dataclass
class ExportOptions:
    target_lang: str | None = None  # which translation to pair; default: the first one
    labeled_only: bool = False
    article_ids: Sequence[str] | None = None
    normalized: bool = False  # also text_normalized / translation_normalized (`--normalized`)
    field_sets: Sequence[FieldSet] | None = None  # None: DEFAULT_FIELD_SETS (+ normalized names, + qa)
    qa: bool = False  # also the QA findings of each record's row (`--qa`)

    def chosen_field_sets(self) -> tuple[FieldSet, ...]:
        """The field sets of this export, in order; ValueError when one lacks a set it reads."""
        sets = tuple(self.field_sets) if self.field_sets is not None else DEFAULT_FIELD_SETS
        if self.normalized and NORMALIZED_NAMES not in sets:
            sets = (*sets, NORMALIZED_NAMES)
        if self.qa and QA not in sets:
            sets = (*sets, QA)
        if sets[0] is not CORE:
            raise ValueError("an export's field sets start with the core set")
        for at, fs in enumerate(sets):
            before = {earlier.name for earlier in sets[:at]}
            missing = [r for r in fs.requires if r not in before]
            if missing:
                raise ValueError(f"field set {fs.name!r} needs {', '.join(missing)} before it")
        return sets
