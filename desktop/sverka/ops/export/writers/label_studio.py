"""Label Studio: a JSON list of tasks (``data`` + ``annotations[].result[]`` of type
``choices``), and beside it ``FILE.xml``, the labeling config that recreates the project
(a ``Choices`` tag over the schema's labels, multiple choice).

One annotation per person who labeled the sentence (Label Studio keeps annotators apart
too; the name is in the annotation's ``meta``), or one ``resolved`` annotation under
``--resolve``; a sentence nobody labeled is a task without annotations. Written without a BOM:
Label Studio's JSON import refuses one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import quoteattr

from sverka.db.project import Project
from sverka.ops.export.files import atomic_paths, open_temp_text
from sverka.ops.export.labels import label_names
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers.base import Writer
from sverka.progress import Progress

FROM_NAME, TO_NAME = "label", "text"


def labeling_config(labels: Sequence[str]) -> str:
    """The Label Studio labeling config XML for these labels."""
    choices = "\n".join(f"    <Choice value={quoteattr(name)}/>" for name in labels)
    return (
        "<View>\n"
        f'  <Text name="{TO_NAME}" value="$text"/>\n'
        f'  <Choices name="{FROM_NAME}" toName="{TO_NAME}" choice="multiple" showInLine="true">\n'
        f"{choices}\n"
        "  </Choices>\n"
        "</View>\n"
    )


def config_path(path: Path) -> Path:
    return path.with_suffix(".xml")


def task(record: dict[str, object], resolved: bool) -> dict[str, object]:
    by: dict[str, list[str]] = defaultdict(list)
    if resolved:
        if record["labels"]:
            by["resolved"] = list(record["labels"])  # type: ignore[call-overload]
    else:
        for a in record["annotations"]:  # type: ignore[attr-defined]
            if a["kind"] == "person" and a["label"] not in by[a["annotator"]]:
                by[a["annotator"]].append(a["label"])
    data = {
        "text": record["text"],
        "sentence_id": record["sentence_id"],
        "article_id": record["article_id"],
        "lang": record["lang"],
        "translation": record.get("translation"),
        "title": record["title"],
    }
    annotations = [
        {
            # Label Studio's completed_by is a user id of its own server; the name goes in meta
            "meta": {"annotator": who},
            "result": [
                {
                    "type": "choices",
                    "from_name": FROM_NAME,
                    "to_name": TO_NAME,
                    "value": {"choices": labels},
                }
            ],
        }
        for who, labels in by.items()
    ]
    return {"data": data, "annotations": annotations}


def write_files(
    project: Project, path: Path, options: ExportOptions, progress: Progress, protected: Sequence[Path]
) -> int:
    with project.sessions() as session:
        labels = label_names(session)
    count = 0
    with atomic_paths([path, config_path(path)], protected) as (tmp, tmp_xml):
        with open_temp_text(tmp) as out:
            out.write("[")
            for record in iter_records(project, options, progress):
                out.write(",\n" if count else "\n")
                out.write(json.dumps(task(record, options.label_source is not None), ensure_ascii=False))
                count += 1
            out.write("\n]\n")
        with open_temp_text(tmp_xml) as out:
            out.write(labeling_config(labels))
    return count


WRITER = Writer(
    "label-studio",
    None,
    write_files=write_files,
    suffix=".json",
    description="Label Studio: tasks JSON with choices, and the labeling config XML beside it",
)
