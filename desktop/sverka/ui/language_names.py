"""Language names as the interface shows them: "Russian" / "русский" instead of "ru".

The names come from ``sverka.core.languages`` in the interface's own language (English or
Russian, the translations Sverka has). Exports and the CLI keep ISO codes; only what a person
reads in the window is named.
"""

from __future__ import annotations

from sverka.core.languages import language_name
from sverka.ui import settings
from sverka.ui.qt import QLocale

_interface: str | None = None


def chosen_language() -> str:
    """The interface language the settings ask for: ``prefs/language``, or the system's."""
    choice = str(settings.get("prefs/language"))
    return QLocale.system().name().split("_")[0] if choice == "system" else choice


def set_interface_language(code: str) -> None:
    """Remember the language the app started in (a Preferences change applies at next start,
    like the rest of the interface, so names do not switch language before the menus do)."""
    global _interface
    _interface = code


def interface_language() -> str:
    """The language of the running interface: English until a translation has been installed
    (``app.install_translator``), since untranslated menus are English whatever the settings."""
    return _interface if _interface is not None else "en"


def name_of(code: str | None) -> str:
    """The name of ``code`` in the interface language; an unknown code is shown as it is."""
    if not code:
        return ""
    return language_name(code, interface_language())
