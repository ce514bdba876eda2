"""A small Russian article and its English translation whose first body sentence covers two
Russian ones (a 2-1 row), for alignment tests."""

from __future__ import annotations

from pathlib import Path

RU = (
    "Протесты в Алматы\n\n5 января в Алматы прошли массовые протесты против роста цен на газ. "
    "Полиция задержала 120 человек в центре города.\n\nПрезидент Касым-Жомарт Токаев выступил с обращением "
    "к нации поздно вечером. Он объявил режим чрезвычайного положения до 19 января.\n\n"
    "Интернет был отключён по всей стране.\n"
)
EN = (
    "Protests in Almaty\n\nOn January 5, mass protests against rising gas prices took place in Almaty, and "
    "police detained 120 people in the city centre.\n\nPresident Kassym-Jomart Tokayev addressed the nation "
    "late in the evening. He declared a state of emergency until January 19.\n\n"
    "The internet was shut down across the country.\n"
)


def write_pair(folder: Path, name: str = "news") -> list[Path]:
    """Write NAME.ru.txt and NAME.en.txt into ``folder``; return their paths (original first)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.ru.txt").write_text(RU, encoding="utf-8")
    (folder / f"{name}.en.txt").write_text(EN, encoding="utf-8")
    return [folder / f"{name}.ru.txt", folder / f"{name}.en.txt"]


def write_pairs(folder: Path, count: int) -> Path:
    """``count`` distinct ru/en pairs (numbers differ; each names Almaty and Tokayev) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"n{i}.ru.txt").write_text(RU.replace("120", str(100 + i)), encoding="utf-8")
        (folder / f"n{i}.en.txt").write_text(EN.replace("120", str(100 + i)), encoding="utf-8")
    return folder
