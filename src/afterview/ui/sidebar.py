"""The list of places on the left of the window: an icon, the place's name and, where it helps, a
count beside it ("Today 3": what to do now; "Applications 12").

The names come first (the window paints with them); the icons are added just after the first paint
(:meth:`Sidebar.decorate`) and drawn again when the theme changes between light and dark.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from afterview.i18n import number
from afterview.ui.theme import Space, colors_for

COUNT_ROLE = Qt.ItemDataRole.UserRole + 10  # an int, or None for no count
URGENT_ROLE = Qt.ItemDataRole.UserRole + 11  # True when the count is of things late
ICON_PIXELS = 20

_Index = QModelIndex | QPersistentModelIndex


def badge_width(metrics: QFontMetrics, count: int) -> int:
    return max(metrics.horizontalAdvance(shown_count(count)) + Space.M, metrics.height() + 2)


def shown_count(count: int) -> str:
    """A count as the pill shows it: past 99, "99+" (the screen reader hears the whole number)."""
    return number(count) if count <= 99 else "99+"


class _CountBadges(QStyledItemDelegate):
    """Draws each place as the style does, then its count as a pill at the right edge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if not isinstance(count, int):
            return
        colors = colors_for(option.palette)
        text = shown_count(count)
        metrics = QFontMetrics(option.font)
        height = metrics.height() + 2
        width = badge_width(metrics, count)
        rect: QRectF = QRectF(option.rect)
        pill = QRectF(rect.right() - width - Space.S, rect.center().y() - height / 2, width, height)
        urgent = bool(index.data(URGENT_ROLE))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.late if urgent else colors.accent if count else colors.border))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(colors.on_accent if urgent or count else colors.text))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), ICON_PIXELS + Space.M))


class Sidebar(QListWidget):
    """The places, by their shown names; :meth:`set_count` puts a number beside one."""

    def __init__(self, names: list[str], accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("places")
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, False)
        self.setAccessibleName(accessible_name)
        self.setIconSize(QSize(ICON_PIXELS, ICON_PIXELS))
        self.setItemDelegate(_CountBadges(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.addItems(names)
        self._icons: list[str] = []
        metrics = self.fontMetrics()
        # Room for the longest name, its icon and a two-digit count, with the sheet's paddings (the
        # list's and the item's, on each side) and a gap on each side of the icon and of the count.
        self.setFixedWidth(
            max(metrics.horizontalAdvance(name) for name in names)
            + ICON_PIXELS
            + badge_width(metrics, 99)
            + 4 * Space.S
            + 2 * Space.S
            + Space.XS
        )

    def moveCursor(  # noqa: N802 - Qt's name
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """The keys go to places shown only: End went to the hidden Offers place (its page opened while
        Today stayed highlighted)."""
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or not self.isRowHidden(index.row()):
            return index
        moves = QAbstractItemView.CursorAction
        backward = action in (moves.MoveUp, moves.MoveLeft, moves.MovePageUp, moves.MovePrevious, moves.MoveEnd)
        rows = range(index.row(), -1, -1) if backward else range(index.row(), self.count())
        shown = next((row for row in rows if not self.isRowHidden(row)), None)
        if shown is None:  # none that way: stay
            return self.currentIndex()
        return self.model().index(shown, 0)

    def set_count(self, row: int, count: int | None, *, urgent: bool = False, spoken: str = "") -> None:
        """Show ``count`` beside the place (None: no count); ``spoken`` is what a screen reader says."""
        item: QListWidgetItem | None = self.item(row)
        if item is None:
            return
        item.setData(COUNT_ROLE, count)
        item.setData(URGENT_ROLE, urgent)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken or item.text())

    def count_of(self, row: int) -> int | None:
        item: QListWidgetItem | None = self.item(row)
        value = item.data(COUNT_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def decorate(self, icon_names: list[str]) -> None:
        """Give each place its icon, in the theme's colours (again after a change of theme)."""
        from afterview.ui.icons import icon

        self._icons = icon_names
        colors = colors_for(self.palette())
        for row, name in enumerate(icon_names):
            item: QListWidgetItem | None = self.item(row)
            if item is not None:
                item.setIcon(icon(name, colors.muted, ICON_PIXELS, selected=colors.selected_text))

    def redecorate(self) -> None:
        if self._icons:
            self.decorate(self._icons)
