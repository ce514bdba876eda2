"""The foundation's done-when: seeds, a Windows-1251 Russian file and a Kazakh file import
with correct sentences and languages in the JSONL export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sverka.cli.main import main

RUSSIAN = (
    "date 2022-01-05 Беспорядки в Алма-Ате\n"
    "В г. Алма-Ате задержаны ок. 2 тыс. чел., в т.ч. иностранцы. "
    "Президент К.-Ж. Токаев заявил: «Порядок будет восстановлен». "
    "Экс-президент Н. А. Назарбаев не выступал.\n"
    "Цена газа выросла с 60 тенге (10 рублей) до 120 тенге, т.е. вдвое.\n"
)
KAZAKH = (
    "Алматыда наразылық акциялары жалғасуда. Мемлекет басшысы Қасым-Жомарт Тоқаев "
    "төтенше жағдай жариялады. Интернет бірнеше күнге өшірілді.\n"
)


def test_seeds_cp1251_and_kazakh(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "riots.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (tmp_path / "kazakh.txt").write_text(KAZAKH, encoding="utf-8-sig")
    project = str(tmp_path / "p.sverka")
    assert main(["init", project]) == 0
    assert main(["import", project, str(seeds), str(tmp_path / "riots.txt"), str(tmp_path / "kazakh.txt")]) == 0
    out = tmp_path / "out.jsonl"
    assert main(["export", project, "--format", "jsonl", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    by_title: dict[str, list[dict[str, object]]] = {}
    for record in records:
        by_title.setdefault(str(record["title"]), []).append(record)

    russian = [r["text"] for r in by_title["Беспорядки в Алма-Ате"]]
    assert russian == [
        "Беспорядки в Алма-Ате",
        "В г. Алма-Ате задержаны ок. 2 тыс. чел., в т.ч. иностранцы.",
        "Президент К.-Ж. Токаев заявил: «Порядок будет восстановлен».",
        "Экс-президент Н. А. Назарбаев не выступал.",
        "Цена газа выросла с 60 тенге (10 рублей) до 120 тенге, т.е. вдвое.",
    ]
    assert {r["lang"] for r in by_title["Беспорядки в Алма-Ате"]} == {"ru"}
    assert by_title["Беспорядки в Алма-Ате"][0]["date"] == "2022-01-05"

    kazakh = by_title["kazakh"]
    assert [r["lang"] for r in kazakh] == ["kk", "kk", "kk"]
    assert kazakh[1]["text"] == "Мемлекет басшысы Қасым-Жомарт Тоқаев төтенше жағдай жариялады."

    live = by_title["Shootout Underway in Almaty, Kazakhstan as Servicemen Encircle Rioters Amid Violent Protests"]
    kinds = [(r["kind"], r["text"]) for r in live]
    assert kinds[0] == ("title", live[0]["text"])
    assert ("timestamp", "05:41 GMT 06.01.2022") in kinds
    assert ("headline", "Almaty Police Say There Was Assault on HQ Overnight, Dozens of Attackers Killed") in kinds
    assert all(r["lang"] == "en" for r in live)
    assert any("Kassym-Jomart Tokayev declared a state of emergency" in str(r["text"]) for r in live)
