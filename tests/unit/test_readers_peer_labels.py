"""Label Studio and doccano readers: a task is one sentence with its classes; span labels,
wrong shapes and broken JSON are one ReadError naming the file (and task or line)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sverka.core.readers import ReadError
from sverka.core.readers_peer_labels import looks_like_doccano, read_doccano, read_label_studio


def _choices(*labels: str) -> dict[str, Any]:
    return {"result": [{"type": "choices", "value": {"choices": list(labels)}, "from_name": "l", "to_name": "text"}]}


def _ls(tmp_path: Path, tasks: object, name: str = "tasks.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def _jsonl(tmp_path: Path, *lines: object, name: str = "data.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    return path


def _texts(article: Any) -> list[str]:
    text = article.draft.original
    return [text.content[s:e] for s, e, _k in text.spans]


def test_label_studio_tasks_are_sentences_with_their_choices(tmp_path: Path) -> None:
    tasks = [
        {"data": {"text": "Протестующие собрались. Их было много."}, "annotations": [_choices("violence", "protest")]},
        {"data": {"text": "Президент выступил."}, "annotations": [], "predictions": [_choices("official")]},
        {"data": {"text": "Ничего."}},
    ]
    [article] = read_label_studio(_ls(tmp_path, tasks))
    assert _texts(article) == ["Протестующие собрались. Их было много.", "Президент выступил.", "Ничего."]
    assert [(s.sentence, s.labels, s.where) for s in article.labels] == [
        (0, ["violence", "protest"], "task 1"),
        (1, ["official"], "task 2"),
    ]
    assert article.draft.title == "tasks" and article.links == []


def test_annotations_win_over_predictions_and_cancelled_ones_are_skipped(tmp_path: Path) -> None:
    cancelled = {**_choices("wrong"), "was_cancelled": True}
    tasks = [
        {"data": {"text": "A."}, "annotations": [_choices("a"), _choices("a", "b")], "predictions": [_choices("m")]},
        {"data": {"text": "B."}, "annotations": [cancelled], "predictions": [_choices("m")]},
    ]
    [article] = read_label_studio(_ls(tmp_path, tasks))
    assert [s.labels for s in article.labels] == [["a", "b"], ["m"]]


def test_the_article_field_groups_tasks_with_title_date_and_language(tmp_path: Path) -> None:
    tasks = [
        {"data": {"text": "Бір.", "article": "x", "title": "Мақала", "lang": "kk-KZ", "date": "2022-01-05"}},
        {"data": {"text": "Other."}, "meta": {"article": 7}},
        {"data": {"text": "Екі.", "article": "x", "lang": "kaz"}},
    ]
    first, second = read_label_studio(_ls(tmp_path, tasks))
    assert _texts(first) == ["Бір.", "Екі."] and first.draft.original.lang == "kk"
    assert (first.draft.external_id, first.draft.title, first.draft.date) == ("x", "Мақала", "2022-01-05")
    assert second.draft.external_id == "7" and second.draft.original.lang is None  # detected on import


def test_a_data_field_named_otherwise_is_taken_when_it_is_the_only_string(tmp_path: Path) -> None:
    [article] = read_label_studio(_ls(tmp_path, [{"data": {"review": "Good.", "n": 3}}]))
    assert _texts(article) == ["Good."]


@pytest.mark.parametrize(
    ("tasks", "problem"),
    [
        ({"nope": 1}, "task 1: not a Label Studio task"),
        ("text", "expected a list of tasks"),
        ([], "no tasks in file"),
        ([{"data": "x"}], "task 1: 'data' must be an object"),
        ([{"data": {"a": "x", "b": "y"}}], "'data' has no 'text' field"),
        ([{"data": {"text": "  "}}], "task 1: the text is empty"),
        ([{"data": {"text": 3}}], "'text' must be a string"),
        ([{"data": {"text": "a"}, "annotations": [{"result": [{"type": "labels", "value": {}}]}]}], "span labels"),
        ([{"data": {"text": "a"}, "annotations": [{"result": [{"type": "textarea", "value": {}}]}]}], "'textarea'"),
        (
            [{"data": {"text": "a"}, "annotations": [{"result": [{"type": "choices", "value": {"choices": "x"}}]}]}],
            "list",
        ),
        ([{"data": {"text": "a"}, "annotations": {"result": []}}], "'annotations' must be a list"),
        ([{"data": {"text": "a"}}, {"data": {"text": "b", "date": "5.1.2022"}}], "task 2: date '5.1.2022'"),
        ([{"data": {"text": "a", "lang": "klingon"}}], "'klingon' is not an ISO 639"),
    ],
)
def test_wrong_label_studio_shapes_are_one_read_error(tmp_path: Path, tasks: object, problem: str) -> None:
    path = _ls(tmp_path, tasks)
    with pytest.raises(ReadError) as caught:
        read_label_studio(path)
    assert problem in str(caught.value) and str(caught.value).startswith(str(path)), str(caught.value)


def test_broken_json_empty_and_binary_label_studio_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"data": {"text": "a"}},\n  {"data": ', encoding="utf-8")
    with pytest.raises(ReadError, match=r"broken.json:2: invalid JSON"):
        read_label_studio(broken)
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"  \n")
    with pytest.raises(ReadError, match="empty file"):
        read_label_studio(empty)
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(ReadError, match="binary content"):
        read_label_studio(binary)
    surrogate = tmp_path / "sur.json"
    surrogate.write_text('[{"data": {"text": "a\\ud800"}}]', encoding="utf-8")
    with pytest.raises(ReadError, match="lone surrogate"):
        read_label_studio(surrogate)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    with pytest.raises(ReadError, match="nested too deeply"):
        read_label_studio(deep)


def test_doccano_text_classification_records(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        {"text": "Shots near the airport.", "label": ["violence"]},
        "",
        {"text": "Gas prices rose.", "label": []},
        {"text": "Talks began.", "labels": ["official", "official"], "meta": {"article": "a1"}},
    )
    first, second = read_doccano(path)
    assert _texts(first) == ["Shots near the airport.", "Gas prices rose."]
    assert [(s.sentence, s.labels, s.where) for s in first.labels] == [(0, ["violence"], "line 1")]
    assert second.draft.external_id == "a1" and [s.labels for s in second.labels] == [["official"]]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"text": "Tokayev spoke.", "label": [[0, 7, "PER"]]}', "data.jsonl:2: sequence labels"),
        ('{"text": "a", "label": "x"}', "data.jsonl:2: the labels must be a list"),
        ('{"label": ["x"]}', "data.jsonl:2: no 'text' field"),
        ('["x"]', "data.jsonl:2: each line must be a JSON object"),
        ('{"text": "a", ', "data.jsonl:2: invalid JSON"),
        ('{"text": " "}', "data.jsonl:2: the text is empty"),
    ],
)
def test_wrong_doccano_records_are_one_read_error_with_the_line(tmp_path: Path, line: str, problem: str) -> None:
    path = _jsonl(tmp_path, {"text": "Fine.", "label": []}, line)
    with pytest.raises(ReadError) as caught:
        read_doccano(path)
    assert str(caught.value).startswith(str(path.parent)) and problem in str(caught.value), str(caught.value)


def test_doccano_is_told_from_sverkas_own_jsonl_by_its_label_list(tmp_path: Path) -> None:
    assert looks_like_doccano(_jsonl(tmp_path, {"text": "a", "label": ["x"]}, name="d.jsonl"))
    assert not looks_like_doccano(_jsonl(tmp_path, {"id": "1", "text": "a", "lang": "ru"}, name="own.jsonl"))
    assert not looks_like_doccano(_jsonl(tmp_path, "{broken", name="broken.jsonl"))
    assert not looks_like_doccano(tmp_path / "missing.jsonl")


def test_a_translation_beside_the_text_is_aligned_one_to_one(tmp_path: Path) -> None:
    tasks = [
        {"data": {"text": "Один.", "translation": "One.", "translation_lang": "en-GB"}},
        {"data": {"text": "Два."}},
        {"data": {"text": "Три.", "translation": "Three."}},
    ]
    [article] = read_label_studio(_ls(tmp_path, tasks))
    [translation] = article.draft.translations
    assert [translation.content[s:e] for s, e, _k in translation.spans or []] == ["One.", "Three."]
    assert translation.lang == "en" and article.links == [[(0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 2)]]
    [plain] = read_doccano(_jsonl(tmp_path, {"text": "Бір.", "label": [], "meta": {"translation": "One."}}))
    assert plain.draft.translations[0].content == "One." and plain.draft.translations[0].lang is None
    with pytest.raises(ReadError, match="'xx-yy' is not an ISO 639"):
        read_doccano(_jsonl(tmp_path, {"text": "a", "translation": "b", "translation_lang": "xx-yy"}, name="x.jsonl"))
