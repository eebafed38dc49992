"""What a user reads in a window: every visible text of its widgets, for the language tests."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTextEdit,
    QWidget,
)

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "afterview_es.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _plain(text: str) -> str:
    """Without mnemonics and markup, with single spaces."""
    text = re.sub(r"<[^>]+>", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return " ".join(text.split())


@lru_cache(maxsize=1)
def english_only() -> tuple[frozenset[str], tuple[str, ...]]:
    """English texts whose Spanish differs: whole ones, and the longer fixed pieces of those with
    placeholders (a formatted sentence left in English still shows them)."""
    whole: set[str] = set()
    pieces: set[str] = set()
    for message in ElementTree.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if _plain(source) == _plain(translation):
            continue  # "Email", "LinkedIn", "OK": the same in both languages
        whole.add(_plain(source))
        pieces.update(piece for piece in map(_plain, PLACEHOLDER.split(source)) if len(piece) >= 14)
    return frozenset(whole), tuple(sorted(pieces))


def visible_texts(root: QWidget) -> list[str]:
    """The texts a user sees in ``root`` and its visible children (and screen readers announce)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        texts += _texts_of_its_kind(widget)
        texts += [action.text() for action in widget.actions()]
    return [_plain(text) for text in texts if text and text.strip()]


def _texts_of_its_kind(widget: QWidget) -> list[str]:
    """What only some kinds of widget show: a label's text, a field's placeholder, a list's items."""
    texts: list[str] = []
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit | QTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += _column_headers(widget)
    if isinstance(widget, QMenu):
        texts += [action.text() for action in widget.actions()]
    return texts


def _column_headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model has one column and no header
        columns = 0
    return [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(columns)]


# Languages are offered in their own names ("English", "Español"), as language menus do.
ENDONYMS = {"English", "Español"}


def english_in(texts: list[str]) -> list[str]:
    whole, pieces = english_only()
    found = {text for text in texts if text in whole or any(piece in text for piece in pieces)}
    return sorted(found - ENDONYMS)
