"""What an export contains: which articles and sentences, which translation, which field sets."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

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

# session -> sentence id -> its resolved labels (``--resolve``): composed in ops/workflows,
# since resolving belongs to the teams feature, which export may not import.
LabelSource = Callable[[Any], Mapping[str, Sequence[str]]]


@dataclass
class Filters:
    """Which articles and sentences an export keeps (the same in the CLI and the GUI).

    Several values of one filter are alternatives (any of them), different filters all apply.
    """

    labels: Sequence[str] = ()  # sentences carrying any of these (resolved) labels
    statuses: Sequence[str] = ()  # articles with any of these statuses
    annotators: Sequence[str] = ()  # sentences any of these annotators labeled or noted
    languages: Sequence[str] = ()  # sentences in any of these languages
    date_from: str | None = None  # articles dated on or after (ISO YYYY-MM-DD)
    date_to: str | None = None  # … on or before
    reviewed_only: bool = False

    def sentence_level(self) -> bool:
        return bool(self.labels or self.annotators or self.languages or self.reviewed_only)


@dataclass
class ExportOptions:
    target_lang: str | None = None  # which translation to pair; default: the first one
    labeled_only: bool = False
    article_ids: Sequence[str] | None = None  # resolved ids (see sverka.ops.views.refs)
    normalized: bool = False  # also text_normalized / translation_normalized (`--normalized`)
    field_sets: Sequence[FieldSet] | None = None  # None: DEFAULT_FIELD_SETS (+ normalized names, + qa)
    qa: bool = False  # also the QA findings of each record's row (`--qa`)
    filters: Filters = field(default_factory=Filters)
    formula_guard: bool = True  # CSV: prefix formula-like cells with ' (`--no-formula-guard` turns it off)
    resolve: str | None = None  # the --resolve mode the labels come from (None: the people's union)
    label_source: LabelSource | None = None  # set with ``resolve``; see ops.workflows.export
    split: Sequence[int] | None = None  # --split 80/10/10: train/validation/test percentages into a folder
    seed: int = 0  # --seed: the split is the same for the same seed and data
    license: str = "unknown"  # the dataset card's licence field (--license)
    # session -> lines of the dataset card about agreement (composed in ops.workflows.export:
    # agreement belongs to the teams feature)
    agreement: Callable[[Any], Sequence[str]] | None = None

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
