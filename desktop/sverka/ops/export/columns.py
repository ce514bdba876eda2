"""The typed columns of an export: one type per record field, whatever the data.

Columnar formats (Parquet, the dataset card's features) need a type for every field before
the first row; this table is that type, written once, so two exports of different projects
always concatenate. A spec is a small tree — ``"string" | "int64" | "float64" | "bool"``,
``("list", spec)``, ``("struct", ((name, spec), …))`` or ``"labels"`` (the label names as
class indices) — turned into an Arrow type (:mod:`.writers.parquet`) or the Hugging Face
YAML features of the dataset card (:func:`hf_yaml_features`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

Spec = Any  # str | tuple[str, Spec] | tuple[str, tuple[tuple[str, Spec], ...]]


def _struct(**fields: Spec) -> Spec:
    return ("struct", tuple(fields.items()))


_MENTION = _struct(
    surface="string", start="int64", end="int64", canonical="string", entity_id="string", key="string", kind="string"
)

COLUMN_SPECS: dict[str, Spec] = {
    "article_id": "string",
    "sentence_id": "string",
    "idx": "int64",
    "kind": "string",
    "lang": "string",
    "text": "string",
    "translation": "string",
    "translation_lang": "string",
    "translation_origin": "string",
    "translation_model": "string",
    "translation_sentence_ids": ("list", "string"),
    "link": "string",
    "labels": "labels",
    "annotations": (
        "list",
        _struct(label="string", annotator="string", kind="string", created_at="string", note="string"),
    ),
    "annotators": ("list", "string"),
    "notes": ("list", _struct(annotator="string", note="string")),
    "reviewed": "bool",
    "title": "string",
    "date": "string",
    "url": "string",
    "status": "string",
    "external_id": "string",
    "translation_edited": "bool",
    "mqm": (
        "list",
        _struct(
            category="string",
            severity="string",
            start="int64",
            end="int64",
            span="string",
            note="string",
            stale="bool",
            annotator="string",
            sentence_id="string",
        ),
    ),
    "mqm_score": "float64",
    "mentions": ("list", _MENTION),
    "translation_mentions": ("list", _MENTION),
    "text_normalized": "string",
    "translation_normalized": "string",
    "qa": ("list", _struct(kind="string", detail="string")),
}


def spec_of(key: str) -> Spec:
    """The column type of a record key; a key without one (a new field set) is JSON text."""
    return COLUMN_SPECS.get(key, "string")


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _yaml_feature(spec: Spec, labels: Sequence[str], indent: str) -> list[str]:
    """The YAML lines (after ``name:``) of one feature, as ``datasets`` writes them."""
    if spec == "labels":
        lines = [f"{indent}list:", f"{indent}  class_label:", f"{indent}    names:"]
        return lines + [f"{indent}      '{i}': {_yaml_str(name)}" for i, name in enumerate(labels)]
    if isinstance(spec, str):
        return [f"{indent}dtype: {spec}"]
    if spec[0] == "list" and isinstance(spec[1], str) and spec[1] != "labels":
        return [f"{indent}list: {spec[1]}"]
    if spec[0] == "list":
        inner = spec[1]
        if isinstance(inner, tuple) and inner[0] == "struct":
            return [f"{indent}list:", *_yaml_fields(inner[1], labels, indent)]
        return [f"{indent}list:", *_yaml_feature(inner, labels, indent + "  ")]
    return [f"{indent}struct:", *_yaml_fields(spec[1], labels, indent)]


def _yaml_fields(fields: Sequence[tuple[str, Spec]], labels: Sequence[str], indent: str) -> list[str]:
    lines: list[str] = []
    for name, spec in fields:
        lines.append(f"{indent}- name: {_yaml_str(name)}")
        lines.extend(_yaml_feature(spec, labels, indent + "  "))
    return lines


def hf_yaml_features(keys: Sequence[str], labels: Sequence[str], indent: str = "  ") -> list[str]:
    """The ``features:`` list of a dataset card's ``dataset_info`` for these record keys."""
    return _yaml_fields([(k, spec_of(k)) for k in keys], labels, indent)


def hf_features_json(keys: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """The ``labels`` feature as ``datasets`` stores it in Parquet metadata: List(ClassLabel).

    Only ``labels`` needs it; the other columns' features follow from their Arrow types."""
    out: dict[str, Any] = {}
    if "labels" in keys:
        out["labels"] = {"feature": {"names": list(labels), "_type": "ClassLabel"}, "_type": "List"}
    return out
