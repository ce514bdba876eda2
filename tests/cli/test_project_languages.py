"""A project's languages: ``sverka init --languages``, stored in the project, used by import;
``sverka stats`` counts articles and sentences by language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sverka.cli.main import main
from sverka.db.project import open_project
from sverka.ops.ingest.importer import Importer
from sverka.ops.settings import LEGACY_LANGUAGES, project_languages, set_project_languages

# Kyrgyz: Cyrillic with ө ү ң, which en/ru/kk detection used to file as Kazakh.
KYRGYZ = (
    "Кыргызстандын борбору Бишкек шаары. Өлкөдө жети облус бар. "
    "Бүгүн аба ырайы жылуу болот деп күтүлүүдө. Президент жаңы мыйзамга кол койду.\n"
)
RUSSIAN = "Правительство утвердило новый бюджет на следующий год. Депутаты обсудят его в пятницу.\n"


def _source(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.txt").write_text(KYRGYZ, encoding="utf-8")  # no language in the name
    return folder


def _stats(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["stats", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_init_stores_the_languages_and_import_keeps_to_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.sverka"
    assert main(["init", str(path), "--languages", "RU, en,kk,ru"]) == 0
    project = open_project(path)
    try:
        assert project_languages(project) == ("ru", "en", "kk")
    finally:
        project.close()
    assert main(["import", str(path), str(_source(tmp_path))]) == 0
    stats = _stats(path, capsys)
    assert stats["project_languages"] == ["ru", "en", "kk"]
    # Among ru/en/kk the Kyrgyz report can only be one of those: the restriction is obeyed.
    assert set(stats["sentences_by_lang"]) <= {"ru", "en", "kk"}  # type: ignore[arg-type]


def test_init_without_languages_detects_every_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.sverka"
    assert main(["init", str(path)]) == 0
    assert main(["import", str(path), str(_source(tmp_path))]) == 0
    stats = _stats(path, capsys)
    assert stats["project_languages"] == "all"
    assert stats["articles_by_lang"] == {"ky": 1}
    assert stats["sentences_by_lang"] == {"ky": 4}


def test_a_restricted_project_files_the_text_among_its_languages(tmp_path: Path) -> None:
    path = tmp_path / "p.sverka"
    assert main(["init", str(path), "--languages", "ru,en"]) == 0
    project = open_project(path)
    try:
        report = Importer(project).import_paths([_source(tmp_path)])
        assert not report.errors
    finally:
        project.close()
    from sverka.ops.views import overview

    project = open_project(path)
    try:
        stats = overview.project_stats(project)
    finally:
        project.close()
    assert stats["articles_by_lang"] == {"ru": 1}  # Cyrillic in a ru/en project is Russian


def test_a_project_made_before_languages_keeps_en_ru_kk(tmp_path: Path) -> None:
    project = open_project(tmp_path / "old.sverka", create=True)  # no languages key, as before
    try:
        assert project_languages(project) == LEGACY_LANGUAGES
        set_project_languages(project, None)
        assert project_languages(project) is None
        set_project_languages(project, ["kk", "ru"])
        assert project_languages(project) == ("kk", "ru")
    finally:
        project.close()


def test_stats_count_articles_and_sentences_by_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.sverka"
    assert main(["init", str(path), "--languages", "all"]) == 0
    src = _source(tmp_path)
    (src / "budget.txt").write_text(RUSSIAN, encoding="utf-8")
    assert main(["import", str(path), str(src)]) == 0
    stats = _stats(path, capsys)
    assert stats["articles"] == 2
    assert stats["articles_by_lang"] == {"ky": 1, "ru": 1}
    assert stats["sentences_by_lang"] == {"ky": 4, "ru": 2}
    assert main(["stats", str(path)]) == 0
    out = capsys.readouterr().out
    assert "articles   2  " in out and "ky: 1" in out and "every language" in out


@pytest.mark.parametrize("spec", ["ru,xx", "klingon", ","])
def test_a_bad_language_list_is_one_line_exit_2_and_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: str
) -> None:
    path = tmp_path / "p.sverka"
    capsys.readouterr()
    assert main(["init", str(path), "--languages", spec]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--languages" in err and "Traceback" not in err
    assert not path.exists()
