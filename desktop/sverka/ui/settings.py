"""UI state in QSettings (IniFormat): window layout, recent projects, preferences.

Nothing a project needs lives here; project data stays in the project file. A version key
lets later releases upgrade old keys instead of misreading them.
"""

from __future__ import annotations

from typing import Any

from sverka.ui.qt import QSettings

SETTINGS_VERSION = 1
MAX_RECENT = 10

# Preference keys and their defaults.
DEFAULTS: dict[str, Any] = {
    "prefs/theme": "system",  # system | light | dark
    "prefs/language": "system",  # system | en | ru
    "prefs/one_key_advance": False,
    "prefs/font_size": 0,  # 0: the platform's default
    "prefs/annotator": "",
    "prefs/schema": "",
    "names/visible": False,  # the Names dock (Ctrl+Shift+N)
    "layout/article_list": True,  # the article list pane (Ctrl+Shift+L)
    "layout/palette": True,  # the label palette pane (Ctrl+Shift+P)
    "mt/target_lang": "en",  # the language Tools ▸ Translate missing fills (Preferences)
}


def settings() -> QSettings:
    """The application's settings (org/app names and IniFormat are set in app.main)."""
    s = QSettings()
    if s.value("meta/version") is None:
        s.setValue("meta/version", SETTINGS_VERSION)
    return s


def get(key: str) -> Any:
    """A preference, typed like its default (INI files give strings back)."""
    default = DEFAULTS.get(key)
    value = settings().value(key, default)
    if isinstance(default, bool):
        return value in (True, "true", "1", 1)
    if isinstance(default, int):
        try:
            return int(str(value))
        except (TypeError, ValueError):
            return default
    return value if value is not None else default


def put(key: str, value: Any) -> None:
    settings().setValue(key, value)


def recent_projects() -> list[str]:
    value = settings().value("recent/projects", [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list) else []


def add_recent(path: str) -> list[str]:
    items = [path, *[p for p in recent_projects() if p != path]][:MAX_RECENT]
    settings().setValue("recent/projects", items)
    return items
