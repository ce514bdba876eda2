"""Every export format loads in its peer's own reader (pandas, datasets, spaCy,
translate-toolkit, doccano's and Label Studio's JSON shapes), with the issue-9 defects fixed:
CSV keeps who gave which label, MQM TSV survives a target opening with a quote, types are
stable, imported ids come along, ``--article`` follows the id rule, files follow the umask."""

from __future__ import annotations

import csv
import json
import os
import stat
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from sverka.cli.main import main
from sverka.db.models import Annotation, Article, Sentence, Text
from sverka.db.project import Project, open_project
from sverka.ops import history
from sverka.ops.annotation.schemas import find_label
from sverka.ops.export.labels import label_names
from sverka.ops.export.options import ExportOptions, Filters
from sverka.ops.export.records import iter_records
from sverka.ops.export.writers import MissingExtra, export_file
from sverka.ops.ingest.importer import Importer
from sverka.ops.review import mqm
from sverka.ops.teams.annotators import GOLD, ensure_annotator
from sverka.ops.workflows.export import team_options
from sverka.ops.workflows.project import initialise

os.environ["HF_DATASETS_OFFLINE"] = "1"  # nothing from the network at test time
os.environ["HF_HUB_OFFLINE"] = "1"

DASH = "- Мы требуем справедливых цен, - сказали протестующие."
QUOTED = '"We demand fair prices," the protesters said.'


def _articles() -> list[dict[str, str]]:
    rows = []
    for n in range(1, 6):
        rows.append(
            {
                "id": f"wmt-{n}",
                "title": f"Статья {n}",
                "date": f"2022-01-0{n}",
                "lang": "ru",
                "text": (DASH + " " if n == 1 else "")
                + f"В городе {n} прошли протесты. Полиция задержала {n * 10} человек. Власти обещали ответить.",
            }
        )
        rows.append(
            {
                "id": f"wmt-{n}-en",
                "translation_of": f"wmt-{n}",
                "lang": "en",
                "text": (QUOTED + " " if n == 1 else "")
                + f"Protests took place in city {n}. Police detained {n * 10} people. "
                "The authorities promised to answer.",
            }
        )
    return rows


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A project of five articles with translations: ana and bob label, gold and a model too."""
    folder = tmp_path_factory.mktemp("peers")
    path = folder / "team.sverka"
    project = open_project(path, create=True)
    initialise(project)
    data = folder / "wmt.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _articles()), "utf-8")
    assert not Importer(project).import_paths([data]).errors
    with project.transaction() as session:
        people = {who: ensure_annotator(session, who) for who in ("ana", "bob")}
        gold = ensure_annotator(session, GOLD, "gold")
        model = ensure_annotator(session, "model-v1", "model")
        protest, arrest, violence = (find_label(session, n) for n in ("protest", "arrest", "violence"))
        assert protest and arrest and violence
        originals = list(
            session.scalars(
                select(Sentence.id)
                .join(Text, Text.id == Sentence.text_id)
                .join(Article, Article.id == Text.article_id)
                .where(Text.role == "original")
                .order_by(Article.position, Sentence.idx)
            )
        )

        def add(sid: str, label_id: str, who: str, note: str | None = None) -> None:
            session.add(Annotation(sentence_id=sid, label_id=label_id, annotator_id=who, note=note))

        for i, sid in enumerate(originals):
            if i % 2 == 0:
                add(sid, protest.id, people["ana"], "crowd" if i == 0 else None)
                add(sid, protest.id if i % 4 == 0 else arrest.id, people["bob"])
            if i % 3 == 0:
                add(sid, violence.id, model)
        add(originals[4], arrest.id, gold)
        session.get(Sentence, originals[1]).reviewed_at = datetime.now(UTC)  # type: ignore[union-attr]
        ana = people["ana"]
    first_target = next(iter_records(project))["translation_sentence_ids"][0]  # the quoted sentence
    done = history.execute(
        project, lambda s: mqm.build_add_issue(s, first_target, 1, 3, "terminology", "major", "", ana), ana
    )
    assert done is not None
    project.close()
    yield path


@pytest.fixture
def project(built: Path) -> Iterator[Project]:
    opened = open_project(built)
    yield opened
    opened.close()


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_csv_keeps_who_gave_which_label_and_the_guard_is_optional(project: Project, tmp_path: Path) -> None:
    import pandas as pd

    guarded, raw = tmp_path / "g.csv", tmp_path / "r.csv"
    export_file(project, "csv", guarded)
    export_file(project, "csv", raw, ExportOptions(formula_guard=False))
    frame = pd.read_csv(raw, encoding="utf-8-sig", keep_default_na=False)
    first = frame.iloc[0]
    given = json.loads(first["annotations"])
    assert {(a["label"], a["annotator"], a["kind"]) for a in given} >= {("protest", "ana", "person")}
    assert [a["note"] for a in given if a["annotator"] == "ana"] == ["crowd"]
    assert first["text"].startswith("- Мы")  # no guard: the dialogue dash as written
    with guarded.open(encoding="utf-8-sig", newline="") as f:
        assert next(csv.DictReader(f))["text"].startswith("'- Мы")  # guarded by default
    assert set(frame["external_id"]) == {f"wmt-{n}" for n in range(1, 6)}


def test_mqm_tsv_reads_in_pandas_and_datasets(project: Project, tmp_path: Path) -> None:
    import datasets
    import pandas as pd

    out = tmp_path / "review.tsv"
    export_file(project, "mqm-tsv", out)
    frame = pd.read_csv(out, sep="\t", keep_default_na=False)
    error = frame[frame["category"] == "Terminology"].iloc[0]
    assert error["target"].startswith('"<v>We</v> demand') and error["doc"] == "wmt-1"
    assert list(frame.columns)[:2] == ["system", "doc"] and len(frame) == 2  # + the reviewed No-error row
    loaded = datasets.load_dataset("csv", data_files=str(out), delimiter="\t", split="train")
    assert list(loaded["target"]) == list(frame["target"])


def test_types_are_stable_and_exports_concatenate(project: Project, tmp_path: Path) -> None:
    import datasets

    records = list(iter_records(project))
    assert all(isinstance(r["mqm_score"], float) for r in records)
    assert {r["mqm_score"] for r in records} == {0.0, 5.0}
    one, two = tmp_path / "a.parquet", tmp_path / "b.parquet"
    export_file(project, "parquet", one, ExportOptions(filters=Filters(labels=["arrest"])))
    export_file(project, "parquet", two, ExportOptions(filters=Filters(reviewed_only=True)))
    both = datasets.concatenate_datasets([datasets.Dataset.from_parquet(str(p)) for p in (one, two)])
    assert len(both) == sum(1 for r in records if "arrest" in r["labels"] or r["reviewed"])


def test_parquet_restores_class_labels_and_counts_people_only(project: Project, tmp_path: Path) -> None:
    import datasets

    out = tmp_path / "data.parquet"
    export_file(project, "parquet", out)
    ds = datasets.Dataset.from_parquet(str(out))
    with project.sessions() as session:
        names = label_names(session)
    assert ds.features["labels"] == datasets.Sequence(datasets.ClassLabel(names=names))
    decoded = [[names[i] for i in row] for row in ds["labels"]]
    assert "violence" not in {n for row in decoded for n in row}  # the model's suggestions are not labels
    assert decoded[4] == ["protest"]  # gold's arrest is left out of the union
    gold = tmp_path / "gold.parquet"
    export_file(project, "parquet", gold, team_options(ExportOptions(), "gold"))
    assert [names[i] for i in datasets.Dataset.from_parquet(str(gold))["labels"][4]] == ["arrest"]
    model = list(iter_records(project, team_options(ExportOptions(), "annotator:model-v1")))
    assert model[0]["labels"] == ["violence"]


def test_split_is_grouped_deterministic_and_carded(project: Project, tmp_path: Path) -> None:
    import datasets

    options = team_options(ExportOptions(split=(60, 20, 20), seed=7, license="cc-by-4.0"), None)
    first, again = tmp_path / "a", tmp_path / "b"
    count = export_file(project, "parquet", first, options)
    export_file(project, "parquet", again, options)
    loaded = datasets.load_dataset(str(first))
    assert set(loaded) == {"train", "validation", "test"}
    assert sum(len(loaded[s]) for s in loaded) == count == len(list(iter_records(project)))
    articles = {s: set(loaded[s]["article_id"]) for s in loaded}
    assert not (articles["train"] & articles["validation"] or articles["train"] & articles["test"])
    assert not articles["validation"] & articles["test"]
    repeat = datasets.load_dataset(str(again))
    assert {s: set(repeat[s]["article_id"]) for s in repeat} == articles
    card = (first / "README.md").read_text("utf-8")
    assert card.startswith('---\nlicense: "cc-by-4.0"')
    assert "## Agreement" in card and "ana, bob" in card and "## Schema" in card
    assert loaded["train"].features["labels"] == datasets.Sequence(datasets.ClassLabel(names=label_names_of(project)))


def label_names_of(project: Project) -> list[str]:
    with project.sessions() as session:
        return label_names(session)


def test_spacy_docbin(project: Project, tmp_path: Path) -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    out = tmp_path / "train.spacy"
    count = export_file(project, "spacy", out)
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("xx").vocab))
    assert len(docs) == count == len(list(iter_records(project)))
    assert set(docs[0].cats) == set(label_names_of(project)) and docs[0].cats["protest"] == 1.0
    assert docs[0].user_data["translation"].startswith('"We demand')
    assert all(ent.label_ in {"PER", "LOC", "ORG", "MISC"} for doc in docs for ent in doc.ents)


def test_doccano_and_label_studio(project: Project, tmp_path: Path) -> None:
    doccano = tmp_path / "doccano.jsonl"
    export_file(project, "doccano", doccano)
    lines = [json.loads(line) for line in doccano.read_text("utf-8").splitlines()]
    assert lines[0]["label"] == ["protest"] and lines[0]["text"].startswith("- Мы")
    studio = tmp_path / "tasks.json"
    export_file(project, "label-studio", studio)
    raw = studio.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    tasks = json.loads(raw)
    assert isinstance(tasks, list) and "text" in tasks[0]["data"]
    results = {a["meta"]["annotator"]: a["result"][0] for a in tasks[0]["annotations"]}
    assert set(results) == {"ana", "bob"}
    assert results["ana"]["type"] == "choices" and results["ana"]["value"]["choices"] == ["protest"]
    config = ET.parse(tmp_path / "tasks.xml").getroot()
    choices = config.find("Choices")
    assert choices is not None and choices.get("toName") == "text" and choices.get("name") == "label"
    assert [c.get("value") for c in choices] == label_names_of(project)


def test_tmx_reads_back_in_translate_toolkit_and_parallel_lines_match(project: Project, tmp_path: Path) -> None:
    from translate.storage import tmx

    out = tmp_path / "memory.tmx"
    count = export_file(project, "tmx", out)
    store = tmx.tmxfile.parsefile(str(out))
    assert len(store.units) == count > 0
    assert store.units[0].source.startswith("- Мы") and store.units[0].target.startswith('"We demand')
    assert 'xml:lang="ru"' in out.read_text("utf-8") and 'xml:lang="en"' in out.read_text("utf-8")
    prefix = tmp_path / "corpus"
    assert export_file(project, "parallel", prefix) == count
    ru, en = (Path(f"{prefix}.{lang}").read_text("utf-8").splitlines() for lang in ("ru", "en"))
    assert len(ru) == len(en) == count and en[0] == store.units[0].target


def test_filters(project: Project) -> None:
    every = list(iter_records(project))

    def ids(**kw: object) -> list[str]:
        return [r["sentence_id"] for r in iter_records(project, ExportOptions(filters=Filters(**kw)))]  # type: ignore[arg-type]

    assert ids(labels=["arrest"]) == [r["sentence_id"] for r in every if "arrest" in r["labels"]]
    assert ids(annotators=["bob"]) == [r["sentence_id"] for r in every if "bob" in r["annotators"]]
    assert ids(languages=["en"]) == []
    assert ids(reviewed_only=True) == [every[1]["sentence_id"]]
    dated = ids(date_from="2022-01-02", date_to="2022-01-03")
    assert dated == [r["sentence_id"] for r in every if r["date"] in ("2022-01-02", "2022-01-03")] and dated
    assert set(ids(statuses=["in_progress"])) == {r["sentence_id"] for r in every}  # every article is labeled
    assert ids(statuses=["done"]) == []


def test_article_ids_follow_the_id_rule(built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "two.jsonl"
    assert _cli(capsys, "export", str(built), "--article", "2", "-o", str(out))[0] == 0
    second = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert {r["external_id"] for r in second} == {"wmt-2"}
    prefix = second[0]["article_id"][:8]
    code, text, _ = _cli(capsys, "export", str(built), "--article", prefix)
    assert code == 0 and {json.loads(line)["external_id"] for line in text.splitlines()} == {"wmt-2"}
    for ref in ("99", "zzzzzzzz"):
        code, text, err = _cli(capsys, "export", str(built), "--article", ref)
        assert code == 2 and text == "" and err.count("\n") == 1 and f"no article '{ref}'" in err


@pytest.mark.parametrize("fmt", ["jsonl", "parquet", "label-studio"])
def test_files_follow_the_umask(project: Project, tmp_path: Path, fmt: str) -> None:
    for mask, mode in ((0o022, 0o644), (0o077, 0o600)):
        old = os.umask(mask)
        try:
            out = tmp_path / f"{mask}.out"
            export_file(project, fmt, out)
        finally:
            os.umask(old)
        assert stat.S_IMODE(out.stat().st_mode) == mode


def test_a_missing_extra_is_one_line(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)
    project = open_project(built)
    try:
        with pytest.raises(MissingExtra, match=r"pip install 'sverka\[parquet\]'"):
            export_file(project, "parquet", tmp_path / "x.parquet")
    finally:
        project.close()
    code, _, err = _cli(capsys, "export", str(built), "--format", "parquet", "-o", str(tmp_path / "y.parquet"))
    assert code == 1 and err.count("\n") == 1 and "sverka[parquet]" in err
    assert not list(tmp_path.iterdir())
    code, _, err = _cli(capsys, "export", str(built), "--format", "parquet")
    assert code == 2 and "give -o FILE" in err


def test_the_parquet_export_does_not_import_pandas(built: Path, project: Project, tmp_path: Path) -> None:
    """pandas (installed with datasets) costs the export process ~40 MB of RSS for nothing:
    ``pyarrow.array`` imports it on its first call, so the writer builds arrays from buffers."""
    import subprocess
    import sys

    pytest.importorskip("pandas")  # without it the check would pass whatever the writer did
    out = tmp_path / "x.parquet"
    script = (
        "import sys\n"
        "from sverka.cli.main import main\n"
        "try:\n"
        f"    code = main(['export', {str(built)!r}, '--format', 'parquet', '-o', {str(out)!r}])\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "print(code, 'pandas' in sys.modules, 'pyarrow' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split()[-3:] == ["0", "False", "True"], done.stdout + done.stderr
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == len(list(iter_records(project)))
