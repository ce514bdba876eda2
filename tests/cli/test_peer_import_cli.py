"""``sverka import`` of other tools' files, as a user meets it: TMX (the LISA compliance kit,
a TMX built by translate-toolkit), Label Studio and doccano exports as pre-annotations."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from support.cli_process import assert_one_line_error, error_lines, sverka

KIT_NAME = "tmx-compliance-kit"


def _init(tmp_path: Path) -> Path:
    project = tmp_path / "p.sverka"
    done = sverka("init", str(project))
    assert done.returncode == 0, done.stderr
    return project


def _import(project: Path, *args: str | Path) -> dict[str, Any]:
    done = sverka("import", str(project), *map(str, args), "--json")
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def _rows(project: Path) -> dict[str, int]:
    """Rows per table: what "nothing written" is checked against."""
    with sqlite3.connect(project) as db:
        tables = [
            r[0] for r in db.execute("select name from sqlite_master where type='table' and name not like 'sqlite%'")
        ]
        return {t: db.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}


def _pairs(project: Path) -> list[tuple[str, str, str, str, str]]:
    """(article source, original lang, original sentence, translation lang, translation
    sentence) of every 1-1 row, and the rows' origins checked on the way."""
    with sqlite3.connect(project) as db:
        sentence = 'substr(t.content, s.start + 1, s."end" - s.start)'
        rows = db.execute(
            f"""
            select a.source, o.lang, (select {sentence} from sentence s join text t on t.id = s.text_id
                                      where s.text_id = o.id and s.idx = l.src_from),
                   tr.lang, (select {sentence} from sentence s join text t on t.id = s.text_id
                             where s.text_id = tr.id and s.idx = l.tgt_from),
                   l.origin
            from link l join text tr on tr.id = l.translation_id
            join text o on o.article_id = tr.article_id and o.role = 'original'
            join article a on a.id = tr.article_id
            where l.src_to - l.src_from = 1 and l.tgt_to - l.tgt_from = 1
            order by a.position, tr.position, l.src_from
            """
        ).fetchall()
    assert {r[5] for r in rows} <= {"manual"}, "a TMX unit is a manual row, never re-aligned"
    return [tuple(r[:5]) for r in rows]


def _kit(shared: Path) -> Path:
    kit = shared / "corpora" / KIT_NAME
    if not kit.is_dir():
        pytest.skip(f"{kit} is not there")
    return kit


def _oracle(kit: Path) -> dict[str, list[dict[str, str]]]:
    with (kit / "translate-toolkit-3.20.4-reading.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["file"]: json.loads(row["units_json"]) for row in csv.DictReader(handle, delimiter="\t")}


def test_every_kit_file_imports_its_pairs_or_is_refused_with_one_line(tmp_path: Path, shared: Path) -> None:
    kit = _kit(shared)
    files = sorted(p for p in (kit / "files").iterdir() if p.is_file())
    project = _init(tmp_path)
    done = sverka("import", str(project), "--format", "tmx", "--no-names", *map(str, files), "--json")
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    refused = {p.name for p in files if p.suffix.lower() != ".tmx"}
    tmx = [p for p in files if p.suffix.lower() == ".tmx"]
    # One line per refused file, naming it; no .tmx file of the kit among them.
    lines = error_lines(done.stderr)
    named = [next(name for name in refused if f"/{name}:" in line) for line in lines]
    assert sorted(named) == sorted(refused) and len(lines) == len(refused)
    assert done.returncode == 1 and report["errors"] == len(refused)
    print(f"kit: {len(tmx)} TMX files imported, {len(refused)} other files refused")  # the figures for the report

    pairs = _pairs(project)
    # Kit files repeat each other's units (1D-1H are one memory in five encodings): the
    # project keeps each text once, so a file's pairs are looked for among all of them.
    assert {Path(p[0]).name for p in pairs} <= {p.name for p in tmx}  # nothing of a refused file was written
    found = {(p[2], p[4]) for p in pairs}
    oracle = _oracle(kit)
    for path in tmx:
        units = oracle[path.name]
        raw = path.read_bytes().replace(b"\x00", b"")  # UTF-16 files: the tag names as ASCII
        markup = any(tag in raw for tag in (b"<bpt", b"<ph", b"<it", b"<ut"))
        # translate-toolkit pastes inline native codes (HTML, RTF) into the text; Sverka leaves them out.
        expected = {
            (_without_codes(u["source"]), _without_codes(u["target"])) if markup else (u["source"], u["target"])
            for u in units
        }
        assert expected <= found, (path.name, expected - found)


def _without_codes(text: str) -> str:
    return re.sub(r"\{\\[a-z]+ ?|\}", "", re.sub(r"</?[A-Za-z][^<>]*>", "", text))


def test_kit_details_whitespace_encodings_languages_and_markup(tmp_path: Path, shared: Path) -> None:
    files = _kit(shared) / "files"
    project = _init(tmp_path)
    names = ["ImportTest1A.tmx", "ImportTest1C.tmx", "ImportTest1G.tmx", "ImportTest1I.tmx", "ImportTest1J_many.tmx"]
    _import(project, *(files / n for n in names), files / "ImportTest2A.tmx", "--no-names")
    pairs = _pairs(project)
    assert ("First segment with [\t\t   ]", "Premier segment avec [\t\t   ]") in {(p[2], p[4]) for p in pairs}
    assert ("ÿ=U+00FF, ™=U+2122, ’=U+2019", "ÿ=U+00FF, ™=U+2122, ’=U+2019") in {(p[2], p[4]) for p in pairs}
    assert ("English segment with [    ]", "Japanese segment with [\u3000\u3000]") in {(p[2], p[4]) for p in pairs}
    five = [p for p in pairs if p[0].endswith("ImportTest1C.tmx")]
    assert {p[3] for p in five} == {"en", "ja", "fr", "es"} and len(five) == 12  # four translations, three units
    many = [p for p in pairs if p[0].endswith("ImportTest1J_many.tmx")]
    assert {(p[1], p[3]) for p in many} == {("en", "en"), ("es", "en")}  # a unit's srclang wins over the header's
    markup = {p[2]: p[4] for p in pairs if p[0].endswith("ImportTest2A.tmx")}
    assert markup["The big black cat sleeps."] == "Le gros chat noir dors."


def test_a_refused_file_is_one_line_exit_1_and_changes_nothing(tmp_path: Path) -> None:
    project = _init(tmp_path)
    good = tmp_path / "good.tmx"
    good.write_text(
        '<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>Один.</seg></tuv>'
        '<tuv xml:lang="en"><seg>One.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    _import(project, good)
    before = _rows(project)
    broken = tmp_path / "broken.tmx"
    broken.write_text('<tmx><body><tu><tuv xml:lang="ru"><seg>Два.</seg></tuv>\n</body></tmx>', encoding="utf-8")
    line = assert_one_line_error(sverka("import", str(project), str(broken)), "broken.tmx:2:", "mismatched tag")
    assert "not well-formed XML" in line
    empty = tmp_path / "empty.tmx"
    empty.write_bytes(b"")
    assert_one_line_error(sverka("import", str(project), str(empty)), "empty.tmx:1:", "no element found")
    assert _rows(project) == before


def test_a_tmx_built_by_translate_toolkit_imports_back_into_the_same_pairs(tmp_path: Path) -> None:
    tmx = pytest.importorskip("translate.storage.tmx")
    from lxml import etree

    articles = {
        "report-1": [
            ("Протестующие собрались в Алматы.", "Protesters gathered in Almaty."),
            (
                "  Пять человек  задержаны. Позже их отпустили.",
                "  Five people  were detained. They were released later.",
            ),
        ],
        "report-2": [("Токаев выступил по телевидению.", "Tokayev spoke on television.")],
    }
    store = tmx.tmxfile(sourcelanguage="ru", targetlanguage="en")
    for article, pairs in articles.items():
        for ru, en in pairs:
            store.addtranslation(ru, "ru", en, "en")
            unit = store.units[-1]
            prop = etree.Element("prop", type="x-sverka-article")
            prop.text = article
            unit.xmlelement.insert(0, prop)
    path = tmp_path / "memory.tmx"
    path.write_bytes(bytes(store))

    project = _init(tmp_path)
    report = _import(project, path)
    assert report["articles"] == 2 and report["links"] == 3 and report["errors"] == 0
    assert [(p[2], p[4]) for p in _pairs(project)] == [pair for pairs in articles.values() for pair in pairs]
    again = _import(project, path)  # the same file again: nothing new, the rows kept
    assert again["articles"] == 0 and again["unchanged"] == 2 and again["links"] == 0
    assert len(_pairs(project)) == 3

    listing = json.loads(sverka("list", str(project), "--json").stdout)
    assert sorted(a["title"] for a in listing) == ["report-1", "report-2"]  # no title prop: the article's key


def _label_studio(tmp_path: Path, *labels: list[str]) -> Path:
    tasks = [
        {
            "data": {"text": text, "article": "a1"},
            "annotations": [
                {"result": [{"type": "choices", "value": {"choices": chosen}, "from_name": "l", "to_name": "t"}]}
            ],
        }
        for text, chosen in zip(["Protesters gathered in Almaty.", "Five people were detained."], labels, strict=False)
    ]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(tasks), encoding="utf-8")
    return path


def _labels(project: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(project) as db:
        return sorted(
            db.execute(
                """select substr(t.content, s.start + 1, s."end" - s.start), l.name, an.name
                from annotation a join sentence s on s.id = a.sentence_id join text t on t.id = s.text_id
                join label l on l.id = a.label_id join annotator an on an.id = a.annotator_id"""
            ).fetchall()
        )


def test_label_studio_labels_become_pre_annotations_by_the_named_annotator(tmp_path: Path) -> None:
    project = _init(tmp_path)
    with sqlite3.connect(project) as db:
        known = [r[0] for r in db.execute("select name from label order by position limit 2")]
    tasks = _label_studio(tmp_path, [known[0]], [known[0], known[1]])
    report = _import(project, tasks, "--annotator", "ana")
    assert report["articles"] == 1 and report["annotations"] == 3
    assert _labels(project) == sorted(
        [
            ("Protesters gathered in Almaty.", known[0], "ana"),
            ("Five people were detained.", known[0], "ana"),
            ("Five people were detained.", known[1], "ana"),
        ]
    )
    # The same export again, by another annotator: the article is known, the labels are hers.
    again = _import(project, tasks, "--annotator", "bo")
    assert again["articles"] == 0 and again["annotations"] == 3
    assert {who for _s, _l, who in _labels(project)} == {"ana", "bo"}


def test_labels_outside_the_schema_are_refused_unless_created(tmp_path: Path) -> None:
    project = _init(tmp_path)
    tasks = _label_studio(tmp_path, ["no-such-label"])
    before = _rows(project)
    assert_one_line_error(
        sverka("import", str(project), str(tasks), "--annotator", "ana"),
        "tasks.json",
        "'no-such-label'",
        "--create-labels",
    )
    assert_one_line_error(sverka("import", str(project), str(tasks)), "tasks.json", "--annotator NAME")
    assert _rows(project) == before
    report = _import(project, tasks, "--annotator", "ana", "--create-labels")
    assert report["created_labels"] == ["no-such-label"] and report["annotations"] == 1


def test_doccano_jsonl_by_content_and_sequence_labels_refused(tmp_path: Path) -> None:
    project = _init(tmp_path)
    with sqlite3.connect(project) as db:
        label = db.execute("select name from label order by position limit 1").fetchone()[0]
    records = tmp_path / "doccano.jsonl"
    records.write_text(
        json.dumps({"text": "Shots were heard near the airport.", "label": [label]})
        + "\n"
        + json.dumps({"text": "Gas prices rose.", "label": []})
        + "\n",
        encoding="utf-8",
    )
    report = _import(project, records, "--annotator", "ana")
    assert report["articles"] == 1 and report["sentences"] == 2 and report["annotations"] == 1
    assert _labels(project) == [("Shots were heard near the airport.", label, "ana")]

    before = _rows(project)
    spans = tmp_path / "ner.jsonl"
    spans.write_text(json.dumps({"text": "Tokayev spoke.", "label": [[0, 7, "PER"]]}) + "\n", encoding="utf-8")
    assert_one_line_error(
        sverka("import", str(project), str(spans), "--annotator", "ana"), "ner.jsonl:1:", "sequence labels"
    )
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"tasks": []}', encoding="utf-8")
    assert_one_line_error(sverka("import", str(project), str(wrong), "--annotator", "ana"), "wrong.json", "task 1")
    assert _rows(project) == before


def test_sverkas_own_jsonl_still_imports_as_before_beside_a_tmx(tmp_path: Path) -> None:
    project = _init(tmp_path)
    own = tmp_path / "own.jsonl"
    own.write_text(
        json.dumps({"id": "x", "text": "Первое предложение. Второе предложение.", "lang": "ru"}) + "\n",
        encoding="utf-8",
    )
    memory = tmp_path / "m.tmx"
    memory.write_text(
        '<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>Один. Два.</seg></tuv>'
        '<tuv xml:lang="en"><seg>One. Two.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    report = _import(project, own, memory)
    assert report["articles"] == 2 and report["sentences"] == 2 + 2  # the JSONL text segmented, the unit not


def test_an_unsupported_file_names_the_peer_formats_too(tmp_path: Path) -> None:
    project = _init(tmp_path)
    other = tmp_path / "memory.xlf"
    other.write_text("<xliff/>", encoding="utf-8")
    assert_one_line_error(sverka("import", str(project), str(other)), "memory.xlf", ".tmx or a Label Studio .json")
