"""The one place the desktop app imports its Qt binding, and the gate that refuses a bad one.

Every module of :mod:`sverka.ui` takes its Qt classes from here (an import-linter contract in
pyproject.toml says so), so the binding is chosen, checked and worked around in one file.

The gate: PySide6/shiboken6 6.12.0 on CPython < 3.12 drops a reference to ``None`` on every
call of a method returning nothing (``QPainter.save``, ``fillRect`` …) and to ``True``/``False``
on every ``Signal.emit``; those objects are reference-counted before Python 3.12 (PEP 683 made
them immortal), so after a few hundred tag-and-repaint actions the interpreter aborts with
"none_dealloc: deallocating None". pyproject.toml excludes that release; :func:`binding_problem`
names it at start-up for an environment that has it anyway (``app.main`` refuses to start, the
GUI tests refuse to run). ``tests/gui/test_qt_binding.py`` measures the leak itself, so a new
bad release is caught even before it is listed here.
"""

from __future__ import annotations

import sys

import PySide6
import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRegularExpression,
    QRunnable,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QRegularExpressionValidator,
    QResizeEvent,
    QTextLayout,
    QTextOption,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

# (binding version, first Python version without the bug): releases that drop references.
KNOWN_BAD: tuple[tuple[str, tuple[int, int]], ...] = (("6.12.0", (3, 12)),)


def binding_versions() -> tuple[str, str]:
    """(PySide6, shiboken6) versions in use."""
    return str(PySide6.__version__), str(shiboken6.__version__)


def binding_problem(versions: tuple[str, str] | None = None, python: tuple[int, int] | None = None) -> str | None:
    """A one-line reason why this Qt binding must not run Sverka, or None when it is fine."""
    pyside, shiboken = versions if versions is not None else binding_versions()
    major_minor = python if python is not None else (sys.version_info[0], sys.version_info[1])
    for bad, fixed_in in KNOWN_BAD:
        if bad in (pyside, shiboken) and major_minor < fixed_in:
            return (
                f"PySide6 {bad} on Python {major_minor[0]}.{major_minor[1]} leaks references to None/True/False "
                f"and crashes the app after a few hundred actions; install another release: "
                f"pip install 'PySide6!={bad}' (or use Python {fixed_in[0]}.{fixed_in[1]}+)"
            )
    return None


__all__ = [
    "KNOWN_BAD",
    "QAbstractItemView",
    "QAbstractListModel",
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QButtonGroup",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QColorDialog",
    "QComboBox",
    "QCoreApplication",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QDockWidget",
    "QDragEnterEvent",
    "QDropEvent",
    "QEvent",
    "QFileDialog",
    "QFocusEvent",
    "QFont",
    "QFontMetrics",
    "QFormLayout",
    "QGridLayout",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QHelpEvent",
    "QIcon",
    "QInputDialog",
    "QItemSelectionModel",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLineEdit",
    "QListView",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMenu",
    "QMenuBar",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPaintEvent",
    "QPainter",
    "QPalette",
    "QPersistentModelIndex",
    "QPlainTextEdit",
    "QPoint",
    "QProgressDialog",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QRegularExpression",
    "QRegularExpressionValidator",
    "QResizeEvent",
    "QRunnable",
    "QSettings",
    "QSize",
    "QSpinBox",
    "QSplitter",
    "QStandardPaths",
    "QStyle",
    "QStyleOptionHeader",
    "QStyleOptionViewItem",
    "QStyledItemDelegate",
    "QTabWidget",
    "QTableView",
    "QTableWidget",
    "QTableWidgetItem",
    "QTextBrowser",
    "QTextLayout",
    "QTextOption",
    "QThreadPool",
    "QTimer",
    "QToolTip",
    "QTranslator",
    "QTreeWidget",
    "QTreeWidgetItem",
    "QUndoCommand",
    "QUndoStack",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "Signal",
    "binding_problem",
    "binding_versions",
]
