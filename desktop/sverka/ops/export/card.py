"""The dataset card ``README.md`` of a split export: the YAML header the Hugging Face Hub
reads (licence, languages, the data files of each split, features, split sizes) and prose:
counts per label and split, annotators, agreement, sources, models, the schema."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Annotator, Article, Label, Schema, Text
from sverka.ops.export.columns import hf_yaml_features


@dataclass
class SplitCounts:
    """What was written to each split."""

    rows: dict[str, int] = field(default_factory=dict)
    articles: dict[str, int] = field(default_factory=dict)
    labels: dict[str, Counter[str]] = field(default_factory=dict)
    languages: Counter[str] = field(default_factory=Counter)
    bytes: dict[str, int] = field(default_factory=dict)  # file sizes (the Hub's num_bytes)
    # split -> QA findings per kind (None: the export did not carry the ``qa`` field)
    qa: dict[str, Counter[str]] | None = None


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _qa_lines(counts: SplitCounts, splits: Sequence[str]) -> list[str]:
    lines = ["", "## QA findings", ""]
    if counts.qa is None:
        return [*lines, "Not checked: export with `--qa` to carry each row's findings (`qa`) and count them here."]
    lines += [
        "Translation QA findings on the exported rows, per kind (a finding over several sentences "
        "counts once; additions, translation sentences with no original, have no row).",
        "",
        "| kind | " + " | ".join(splits) + " |",
        "|---|" + "---|" * len(splits),
    ]
    kinds = sorted({kind for found in counts.qa.values() for kind in found})
    for kind in kinds:
        lines.append(f"| {_cell(kind)} | " + " | ".join(str(counts.qa.get(s, Counter())[kind]) for s in splits) + " |")
    return lines if kinds else [*lines, "| *none* | " + " | ".join("0" for _ in splits) + " |"]


def card_text(
    session: Session,
    files: Mapping[str, str],
    counts: SplitCounts,
    keys: Sequence[str],
    labels: Sequence[str],
    license: str,
    resolve: str | None,
    agreement: Sequence[str],
) -> str:
    splits = list(files)
    lines = ["---", f"license: {_q(license)}", "language:"]
    lines += [f"- {_q(lang)}" for lang in sorted(counts.languages)] or ['- "und"']
    lines += ["pretty_name: " + _q("Sverka export"), "task_categories:", "- text-classification"]
    lines += ["configs:", "- config_name: default", "  data_files:"]
    for name in splits:
        lines += [f"  - split: {name}", f"    path: {_q(files[name])}"]
    lines += ["dataset_info:", "  features:", *hf_yaml_features(keys, labels, "  ")]
    lines += ["  splits:"]
    for name in splits:
        lines += [
            f"  - name: {name}",
            f"    num_bytes: {counts.bytes.get(name, 0)}",
            f"    num_examples: {counts.rows.get(name, 0)}",
        ]
    lines += ["---", "", "# Sverka export", ""]
    total = sum(counts.rows.values())
    lines.append(
        f"{total} sentences of {sum(counts.articles.values())} articles, one row per sentence of an "
        "original text with its aligned translation. Splits are made of whole articles (no article "
        "is in two splits) and stratified by label as far as that allows."
    )
    lines.append("")
    how = f"resolved as `{resolve}`" if resolve else "the union of the people's labels (gold and model labels left out)"
    lines += [f"Labels per sentence: {how}.", "", "## Splits", ""]
    lines += ["| label | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]
    lines.append("| *sentences* | " + " | ".join(str(counts.rows.get(s, 0)) for s in splits) + " |")
    lines.append("| *articles* | " + " | ".join(str(counts.articles.get(s, 0)) for s in splits) + " |")
    for name in labels:
        lines.append(
            f"| {_cell(name)} | " + " | ".join(str(counts.labels.get(s, Counter())[name]) for s in splits) + " |"
        )
    lines += _qa_lines(counts, splits)
    lines += ["", "## Annotators", ""]
    for who, kind, n in session.execute(
        select(Annotator.name, Annotator.kind, func.count(Annotation.id))
        .join(Annotation, Annotation.annotator_id == Annotator.id)
        .group_by(Annotator.id)
        .order_by(Annotator.name)
    ):
        lines.append(f"- {_cell(who)} ({kind}): {n} labels")
    if agreement:
        lines += ["", "## Agreement", "", *agreement]
    lines += ["", "## Sources", ""]
    sources = Counter(s for s in session.scalars(select(Article.source)) if s)
    lines += [f"- {_cell(s)}: {n} articles" for s, n in sorted(sources.items())] or ["- (not recorded)"]
    models = list(
        session.execute(
            select(Text.model_id, func.count(Text.id)).where(Text.model_id.is_not(None)).group_by(Text.model_id)
        )
    )
    lines += ["", "## Machine translation", ""]
    lines += [f"- {_cell(m)}: {n} texts" for m, n in models] or ["- none: every translation was imported"]
    lines += ["", "## Schema", ""]
    for schema, label, description in session.execute(
        select(Schema.name, Label.name, Label.description)
        .join(Label, Label.schema_id == Schema.id)
        .order_by(Schema.position, Label.position)
    ):
        lines.append(f"- {_cell(schema)} / **{_cell(label)}**" + (f": {_cell(description)}" if description else ""))
    return "\n".join(lines) + "\n"
