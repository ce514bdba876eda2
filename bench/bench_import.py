"""Import and export throughput against the raw SQLite floor, in one run.

    .venv/bin/python bench/bench_import.py [--articles 10000]

Generates articles (Russian originals, half with English translations, a few Kazakh),
imports them as one JSONL file through Sverka's real importer (decode, segmentation,
language detection, checksums, bulk inserts, FTS index), exports them as JSONL, then
inserts the very same rows with sqlite3 ``executemany`` into the same schema and prints the
ratio. Also reports the split: reading+segmenting+detecting vs writing.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from sverka.db.models import Base
from sverka.db.project import open_project
from sverka.ops.export.writers import export_file
from sverka.ops.ingest.importer import Importer

RU = [
    "Протесты в Алма-Ате продолжаются уже третий день.",
    "По данным МВД, задержаны ок. 2 тыс. чел.",
    "Президент К.-Ж. Токаев ввёл режим чрезвычайного положения.",
    "Цены на сжиженный газ выросли с 60 тенге (10 рублей) до 120 тенге за литр.",
    "В г. Жанаозен жители вышли на главную площадь.",
    "Силы ОДКБ прибыли в Казахстан по просьбе президента.",
    "Интернет был отключён по всей стране, т.е. связь пропала.",
    "Н. А. Назарбаев покинул пост председателя Совбеза.",
]
EN = [
    "Protests in Almaty continue for the third day.",
    "According to the interior ministry, about 2,000 people were detained.",
    "President Kassym-Jomart Tokayev declared a state of emergency.",
    "Liquefied gas prices rose from 60 tenge (10 rubles) to 120 tenge per litre.",
    "In Zhanaozen residents gathered on the main square.",
    "CSTO forces arrived in Kazakhstan at the president's request.",
    "The internet was cut off across the country, i.e. communications went down.",
    "Nursultan Nazarbayev left the post of Security Council chairman.",
]
KK = ["Алматыда наразылық акциялары жалғасуда.", "Тоқаев төтенше жағдай жариялады."]


def generate(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            k = rng.randint(6, 14)
            picks = [rng.randrange(len(RU)) for _ in range(k)]
            lang = "kk" if n % 50 == 0 else "ru"
            body = " ".join(f"{(KK if lang == 'kk' else RU)[i % (2 if lang == 'kk' else len(RU))]}" for i in picks)
            body = f"Сообщение {n}. " + body
            rec = {"id": str(n), "title": f"Статья {n}", "date": "2022-01-05", "lang": lang, "text": body}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if n % 2 == 0:
                tr = f"Report {n}. " + " ".join(EN[i] for i in picks)
                out.write(json.dumps({"id": f"{n}-en", "lang": "en", "text": tr, "translation_of": str(n)}) + "\n")


def raw_floor(src: Path, dst: Path) -> float:
    """Insert the rows Sverka wrote into a fresh copy of the schema with plain executemany."""
    engine = create_engine(f"sqlite:///{dst}")
    Base.metadata.create_all(engine)
    engine.dispose()
    source = sqlite3.connect(src)
    tables = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in ("article", "text", "sentence")}
    source.close()
    conn = sqlite3.connect(dst)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    with conn:
        for table, rows in tables.items():
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "articles.jsonl"
        generate(data, args.articles)
        project_path = folder / "bench.sverka"
        project = open_project(project_path, create=True)
        importer = Importer(project)
        started = time.perf_counter()
        report = importer.import_paths([data])
        import_s = time.perf_counter() - started
        assert not report.errors, report.errors
        started = time.perf_counter()
        exported = export_file(project, "jsonl", folder / "out.jsonl")
        export_s = time.perf_counter() - started
        project.close()
        floor_s = raw_floor(project_path, folder / "raw.sqlite")
        print(f"articles            {report.articles}  (texts {report.texts}, sentences {report.sentences})")
        print(
            f"import              {import_s:.2f} s  = {report.articles / import_s:,.0f} articles/s, "
            f"{report.sentences / import_s:,.0f} sentences/s"
        )
        print(f"raw executemany     {floor_s:.2f} s  (same rows, same schema, no segmentation)")
        print(f"ratio import/raw    {import_s / floor_s:.1f}x")
        print(f"export jsonl        {export_s:.2f} s  = {exported / export_s:,.0f} records/s ({exported} records)")


if __name__ == "__main__":
    main()
