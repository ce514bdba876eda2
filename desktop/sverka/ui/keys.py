"""The window's one key table: every key a part of the window handles, where, and who wins.

Parts register their keys here instead of each reading key events its own way; the widgets
that have the focus (the sentence view, the names panel's lists) hand their key events to
:meth:`KeyTable.dispatch` with their :class:`Where`, and Help ▸ Keyboard shortcuts lists
:meth:`KeyTable.rows` next to the window's QAction shortcuts (those are dispatched by Qt's
shortcut map and read from the live actions, see :mod:`sverka.ui.keymap`).

Precedence, in one place:

* inside one place, the lowest :class:`Rank` that matches wins: the view's own keys
  (j/k, n, Space — the schema refuses them as hotkeys) before the schema's label hotkeys,
  and those before the tools' plain keys (``e``/``i`` post-edit and mark an error only when
  no label uses the key); unmatched keys go on to Qt (arrows, Home/End, PageUp/PageDown);
* a binding with ``over_shortcuts`` takes its key from the window's QAction shortcuts while
  its place has the focus (the names panel's F2 renames there; elsewhere F2 post-edits).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum, IntEnum

from sverka.ui.qt import QEvent, QKeyEvent, Qt


class Where(Enum):
    """Where the keyboard focus is when a binding applies."""

    SENTENCES = "sentences"  # the side-by-side sentence view
    NAMES = "names"  # the names panel's entity list
    SPELLINGS = "spellings"  # the names panel's spelling (variant) list
    QA = "qa"  # the QA findings list (Review ▸ QA findings)
    ADJUDICATION = "adjudication"  # the disagreements list (Team ▸ Adjudicate disagreements)


class Rank(IntEnum):
    """Precedence inside one place: lower wins."""

    VIEW = 0  # the view's own keys
    LABEL = 10  # the current schema's label hotkeys
    TOOL = 20  # plain-letter keys of tools (review), which yield to labels


@dataclass(frozen=True)
class Press:
    """A key press as bindings see it (the keypad modifier dropped)."""

    key: int
    text: str
    modifiers: Qt.KeyboardModifier

    @classmethod
    def of(cls, event: QKeyEvent) -> Press:
        return cls(event.key(), event.text(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)

    @property
    def bare(self) -> bool:
        """No modifier at all."""
        return self.modifiers == Qt.KeyboardModifier.NoModifier

    @property
    def plain(self) -> bool:
        """No modifier but Shift (a typed character)."""
        return self.modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)

    @property
    def unchorded(self) -> bool:
        """Neither Ctrl nor Alt held (Shift and others allowed)."""
        return not self.modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)


@dataclass(frozen=True)
class Binding:
    """One key: how it is shown, what it does, where, how it is recognised and what it runs.

    ``run`` is None for a row that is only listed (Qt's own arrow keys); ``listed`` False for
    a key that is listed under another row (``j`` and ``k`` appear as "↑ / ↓, j / k")."""

    keys: str
    what: str
    where: Where
    rank: Rank
    matches: Callable[[Press], bool]
    run: Callable[[], object] | None = None
    over_shortcuts: bool = False
    listed: bool = True


def key_is(key: Qt.Key, test: Callable[[Press], bool] = lambda p: p.plain) -> Callable[[Press], bool]:
    """A matcher for one key code (by default with no modifier but Shift)."""
    return lambda press: press.key == key and test(press)


def never(_: Press) -> bool:
    return False


Source = Callable[[], Iterable[Binding]]  # bindings that change at run time (the schema's hotkeys)


class KeyTable:
    """The bindings of one window, static ones and sources, in the order they were declared."""

    def __init__(self) -> None:
        self._entries: list[Binding | Source] = []

    def add(self, *bindings: Binding) -> None:
        self._entries.extend(bindings)

    def add_source(self, source: Source) -> None:
        """Bindings computed when a key arrives or the list is shown (e.g. from the label catalog)."""
        self._entries.append(source)

    def bindings(self, where: Where | None = None) -> list[Binding]:
        """Every binding (of one place), in declaration order."""
        out: list[Binding] = []
        for entry in self._entries:
            out.extend([entry] if isinstance(entry, Binding) else entry())
        return [b for b in out if where is None or b.where is where]

    def find(self, where: Where, press: Press) -> Binding | None:
        """The binding that wins ``press`` in ``where`` (lowest rank, then the first declared)."""
        ranked = sorted(self.bindings(where), key=lambda b: b.rank)  # stable: declaration order within a rank
        return next((b for b in ranked if b.run is not None and b.matches(press)), None)

    def dispatch(self, where: Where, event: QEvent) -> bool:
        """Run the binding for a key event in ``where``; True when the event was taken.

        A ShortcutOverride is taken (and nothing run) for bindings that win over window
        shortcuts, so that the KeyPress that follows comes here instead of to the QAction."""
        if not isinstance(event, QKeyEvent):
            return False
        binding = self.find(where, Press.of(event))
        if binding is None or binding.run is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            if not binding.over_shortcuts:
                return False
            event.accept()
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        event.accept()
        binding.run()
        return True

    def rows(self, where: Where) -> list[tuple[str, str]]:
        """(keys, what) of the listed bindings of one place, for Help ▸ Keyboard shortcuts."""
        return [(b.keys, b.what) for b in self.bindings(where) if b.listed]
