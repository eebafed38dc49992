"""Insights: how the search is going, drawn rather than listed, and said in one encouraging sentence.

Four small painted charts (the funnel from application to offer, thank-you letters sent on time, the
self-rating over time, the points to improve that keep coming back) over the numbers computed in
:mod:`afterview.domain.insights`. They take every colour from the palette, so light and dark themes
both read well, and every size from the font, so they scale with the user's settings. Each states
its numbers in its accessible description, because a screen reader cannot see a painting.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from afterview.domain.insights import (
    Funnel,
    Insights,
    LetterRecord,
    RatingPoint,
    Theme,
    describe_funnel,
    describe_letters,
    describe_ratings,
    describe_themes,
    encouragement,
    insights,
)
from afterview.domain.model import RATING_MAX, RATING_MIN
from afterview.i18n import plural, translate
from afterview.ui.empty_state import EmptyState, primary_button
from afterview.ui.session import Session, refresh_when_visible
from afterview.ui.theme import Space

_WORD_WRAP = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


class Chart(QWidget):
    """A small painted chart: palette colours, font-relative sizes, a message when there is nothing to draw."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.message = ""  # shown instead of the chart while there is nothing to draw
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keyboard and screen-reader users can land on it

    # --- sizes, all from the font -----------------------------------------------------------------

    def unit(self) -> int:
        """One line of text: the measure of everything drawn."""
        return self.fontMetrics().height()

    def chart_width(self) -> int:
        return 20 * self.unit()

    def chart_height(self, width: int) -> int:
        return 6 * self.unit()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        if self.message:
            pad = self.unit() // 2
            box = self.fontMetrics().boundingRect(
                QRect(0, 0, max(width - 2 * pad, 1), 100_000), _WORD_WRAP, self.message
            )
            return max(box.height() + 2 * pad, 3 * self.unit())
        return self.chart_height(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.chart_width(), self.heightForWidth(self.chart_width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(10 * self.unit(), 3 * self.unit())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    # --- colours, all from the palette --------------------------------------------------------------

    def ink(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def muted(self) -> QColor:
        color = self.ink()
        color.setAlpha(170)
        return color

    def medium(self) -> QColor:
        """A second series beside the accent: the text colour, half thinned."""
        color = self.ink()
        color.setAlpha(115)
        return color

    def faint(self) -> QColor:
        """Tracks and grid lines: the text colour, thinned, shows on any background."""
        color = self.ink()
        color.setAlpha(50)
        return color

    def accent(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Highlight)

    # --- painting -----------------------------------------------------------------------------------

    def show_data(self, description: str, message: str = "") -> None:
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        if message != self.message:
            self.message = message
            self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            if self.message:
                painter.setPen(self.muted())
                pad = self.unit() // 2
                painter.drawText(self.rect().adjusted(pad, pad, -pad, -pad), _WORD_WRAP, self.message)
            else:
                self.draw(painter, QRectF(self.rect()))
            if self.hasFocus():
                pen = QPen(self.accent(), 1, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        finally:
            painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        """Each chart paints itself here; the base chart has nothing of its own to draw."""


class FunnelChart(Chart):
    """Horizontal bars: applied, interviewed, offer, each as long as its share of the largest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("InsightsView", "Application funnel"), parent)
        self.rows: list[tuple[str, int]] = []
        self.set_funnel(Funnel(0, 0, 0))

    def set_funnel(self, counts: Funnel) -> None:
        self.rows = [
            (translate("InsightsView", "Applied"), counts.applied),
            (translate("InsightsView", "Interviewed"), counts.interviewed),
            (translate("InsightsView", "Offer"), counts.offers),
        ]
        message = "" if counts.applied else translate("InsightsView", "Nothing to count yet.")
        self.show_data(describe_funnel(counts), message)

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance(label) for label, _ in self.rows) + self.unit() // 2

    def _value_width(self) -> int:
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance(str(value)) for _, value in self.rows) + self.unit() // 2

    def chart_width(self) -> int:
        return self._label_width() + self._value_width() + 14 * self.unit()

    def chart_height(self, width: int) -> int:
        return round(len(self.rows) * 1.6 * self.unit()) + self.unit() // 2

    def draw(self, painter: QPainter, area: QRectF) -> None:
        unit = self.unit()
        label_w, value_w = self._label_width(), self._value_width()
        track_left = area.left() + label_w
        track_w = max(area.width() - label_w - value_w - unit / 2, unit)
        row_h = (area.height() - unit / 2) / len(self.rows)
        bar_h = min(row_h * 0.75, unit * 1.2)
        largest = max(value for _, value in self.rows) or 1
        for index, (label, value) in enumerate(self.rows):
            top = area.top() + unit / 4 + index * row_h
            text_box = QRectF(area.left(), top, label_w, row_h)
            painter.setPen(self.ink())
            painter.drawText(text_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
            bar_top = top + (row_h - bar_h) / 2
            radius = bar_h / 4
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.faint())
            painter.drawRoundedRect(QRectF(track_left, bar_top, track_w, bar_h), radius, radius)
            if value:
                painter.setBrush(self.accent())
                width = max(track_w * value / largest, bar_h / 2)
                painter.drawRoundedRect(QRectF(track_left, bar_top, width, bar_h), radius, radius)
            painter.setPen(self.ink())
            value_box = QRectF(track_left + track_w, top, value_w + unit / 2, row_h)
            painter.drawText(value_box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value))


class LettersRing(Chart):
    """A ring filled for the share of thank-you letters sent on time, with the counts beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("InsightsView", "Thank-you letters sent on time"), parent)
        self.record = LetterRecord(0, 0, 0)
        self.set_record(self.record)

    def set_record(self, record: LetterRecord) -> None:
        self.record = record
        message = (
            ""
            if record.due
            # Not "none pending": letters still in time are pending (Today lists them), only not counted yet.
            else translate(
                "InsightsView",
                "No thank-you letter has reached its deadline yet. Each one counts here once sent, or once its "
                "deadline passes.",
            )
        )
        self.show_data(describe_letters(record), message)

    def _legend(self) -> list[str]:
        r = self.record
        return [
            translate("InsightsView", "{count} on time").format(count=r.on_time),
            translate("InsightsView", "{count} sent late").format(count=r.late),
            translate("InsightsView", "{count} not sent").format(count=r.not_sent),
        ]

    def _diameter(self) -> int:
        return 5 * self.unit()

    def chart_width(self) -> int:
        fm = self.fontMetrics()
        return self._diameter() + 2 * self.unit() + max(fm.horizontalAdvance(line) for line in self._legend())

    def chart_height(self, width: int) -> int:
        return self._diameter() + self.unit()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        unit = self.unit()
        record = self.record
        diameter = min(float(self._diameter()), area.height() - unit, area.width() / 2)
        thickness = diameter / 7
        ring = QRectF(area.left() + unit / 2, area.center().y() - diameter / 2, diameter, diameter)
        ring = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        pen = QPen(self.faint(), thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawEllipse(ring)  # what is left over: not sent
        start = 90 * 16  # twelve o'clock, then clockwise: on time, then late
        for count, color in ((record.on_time, self.accent()), (record.late, self.medium())):
            if count:
                span = round(-360 * 16 * count / record.due)
                pen.setColor(color)
                painter.setPen(pen)
                painter.drawArc(ring, start, span)
                start += span

        inner = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        big = QFont(self.font())
        big.setBold(True)
        size = big.pointSizeF() if big.pointSizeF() > 0 else float(big.pixelSize())
        # "4/6" when it fits at a readable size; past a few hundred letters, the share reads better.
        options = [(f"{record.on_time}/{record.due}", scale) for scale in (1.5, 1.25, 1.0)]
        options += [(f"{round(100 * record.on_time / record.due)}%", scale) for scale in (1.5, 1.25, 1.0, 0.8)]
        for figure, scale in options:
            _set_size(big, size * scale)
            if QFontMetrics(big).horizontalAdvance(figure) <= inner.width() * 0.8:
                break
        painter.setFont(big)
        painter.setPen(self.ink())
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), figure)
        painter.setFont(self.font())

        fm = self.fontMetrics()
        left = ring.right() + thickness / 2 + unit
        lines = self._legend()
        line_h = fm.lineSpacing() * 1.3
        top = area.center().y() - line_h * len(lines) / 2
        swatches = [self.accent(), self.medium(), self.faint()]
        for index, (line, swatch) in enumerate(zip(lines, swatches, strict=True)):
            box = QRectF(left, top + index * line_h, area.right() - left, line_h)
            dot = fm.ascent() * 0.7
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(swatch)
            painter.drawEllipse(QRectF(box.left(), box.center().y() - dot / 2, dot, dot))
            painter.setPen(self.ink())
            text_box = box.adjusted(dot + unit / 3, 0, 0, 0)
            elided = fm.elidedText(line, Qt.TextElideMode.ElideRight, int(text_box.width()))
            painter.drawText(text_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)


def _set_size(font: QFont, size: float) -> None:
    if font.pointSizeF() > 0:
        font.setPointSizeF(size)
    else:
        font.setPixelSize(max(round(size), 1))


class RatingChart(Chart):
    """The overall self-rating of each reviewed interview, in order, on a 1–5 scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("InsightsView", "Self-rating over time"), parent)
        self.points: Sequence[RatingPoint] = ()
        self.set_points(())

    def set_points(self, points: Sequence[RatingPoint]) -> None:
        self.points = points
        message = (
            ""
            if points
            else translate(
                "InsightsView", "No ratings yet. Give an interview an overall rating in its review to see your trend."
            )
        )
        self.show_data(describe_ratings(points), message)

    def chart_width(self) -> int:
        return 22 * self.unit()

    def chart_height(self, width: int) -> int:
        return 9 * self.unit()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        fm = self.fontMetrics()
        unit = self.unit()
        axis_w = fm.horizontalAdvance(str(RATING_MAX)) + unit / 2
        date_w = fm.horizontalAdvance("0000-00-00")
        plot = QRectF(area.left() + axis_w, area.top() + unit / 2, area.width() - axis_w, area.height() - 2 * unit)
        # Keep the first and last points clear of the edges, so their markers and dates are not cut.
        plot.adjust(unit / 2, 0, -unit / 2, 0)
        steps = RATING_MAX - RATING_MIN

        def y_of(rating: float) -> float:
            return plot.bottom() - (rating - RATING_MIN) / steps * plot.height()

        for rating in range(RATING_MIN, RATING_MAX + 1):
            y = y_of(rating)
            painter.setPen(QPen(self.faint(), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.muted())
            label_box = QRectF(area.left(), y - unit / 2, axis_w - unit / 3, unit)
            painter.drawText(label_box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(rating))

        ratings = [float(point.rating) for point in self.points]
        slots = max(int(plot.width() // unit), 2)
        averaged = len(ratings) > slots
        if averaged:
            # Hundreds of interviews would draw as a solid block: the average of each run reads as a trend.
            ratings = [
                fmean(ratings[i * len(ratings) // slots : (i + 1) * len(ratings) // slots]) for i in range(slots)
            ]
        count = len(ratings)
        gap = plot.width() / (count - 1) if count > 1 else 0.0
        xs = [plot.center().x()] if count == 1 else [plot.left() + index * gap for index in range(count)]
        spots = [QPointF(x, y_of(rating)) for x, rating in zip(xs, ratings, strict=True)]
        if count > 1:
            path = QPainterPath(spots[0])
            for spot in spots[1:]:
                path.lineTo(spot)
            line = QPen(self.accent(), max(2.0, unit / 8))
            line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(line)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        radius = unit / 4
        if not averaged and (count == 1 or gap >= 3 * radius):  # past that the markers would only blot the line
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Window), max(1.0, unit / 12)))
            painter.setBrush(self.accent())
            for spot in spots:
                painter.drawEllipse(spot, radius, radius)

        painter.setPen(self.muted())
        baseline = QRectF(area.left(), plot.bottom() + unit / 3, area.width(), unit * 1.2)
        first = self.points[0].when.date().isoformat()
        if count == 1:
            centred = QRectF(xs[0] - date_w, baseline.top(), 2 * date_w, baseline.height())
            painter.drawText(centred, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), first)
            return
        painter.drawText(
            QRectF(plot.left() - unit / 2, baseline.top(), date_w + unit, baseline.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            first,
        )
        if plot.width() + unit >= 2 * date_w + unit:  # room for both dates without touching
            painter.drawText(
                QRectF(plot.right() + unit / 2 - date_w - unit, baseline.top(), date_w + unit, baseline.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                self.points[-1].when.date().isoformat(),
            )


class ThemeChips(Chart):
    """The words that keep coming back in "to improve" notes, as chips with in how many interviews."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("InsightsView", "Points to improve that keep coming back"), parent)
        self.themes: Sequence[Theme] = ()
        self.set_themes(())

    def set_themes(self, themes: Sequence[Theme]) -> None:
        self.themes = themes
        message = (
            ""
            if themes
            else translate(
                "InsightsView",
                "Nothing keeps coming back yet. When the same point to improve shows up in two interviews, "
                "it appears here.",
            )
        )
        self.show_data(describe_themes(themes), message)

    def _row_height(self) -> float:
        return self.unit() * 1.7

    def chart_width(self) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(theme.text) for theme in self.themes), default=0)
        return widest + fm.horizontalAdvance(_interviews(99)) + 4 * self.unit()

    def chart_height(self, width: int) -> int:
        return round(len(self.themes) * self._row_height()) + self.unit() // 2

    def draw(self, painter: QPainter, area: QRectF) -> None:
        fm = self.fontMetrics()
        unit = self.unit()
        row_h = self._row_height()
        counts = [_interviews(theme.interviews) for theme in self.themes]
        count_w = max(fm.horizontalAdvance(text) for text in counts) + unit / 2
        widest_chip = max(area.width() - count_w - unit, 2.0 * unit)
        for index, (theme, count) in enumerate(zip(self.themes, counts, strict=True)):
            top = area.top() + unit / 4 + index * row_h
            chip_h = unit * 1.35
            text = fm.elidedText(theme.text, Qt.TextElideMode.ElideRight, int(widest_chip - unit))
            chip = QRectF(area.left() + unit / 4, top + (row_h - chip_h) / 2, fm.horizontalAdvance(text) + unit, chip_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.accent())
            painter.drawRoundedRect(chip, chip_h / 2, chip_h / 2)
            painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
            painter.setPen(self.muted())
            count_box = QRectF(chip.right() + unit / 2, top, count_w, row_h)
            painter.drawText(count_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), count)


def _interviews(count: int) -> str:
    """ "1 interview", "3 interviews"."""
    return plural(
        count, translate("InsightsView", "{count} interview"), translate("InsightsView", "{count} interviews")
    )


class InsightsView(QWidget):
    """An encouraging sentence, then the four charts in a grid that folds to one column when narrow;
    before the first application, what the page will draw and the button to begin."""

    new_interview = Signal()  # from the empty state

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(translate("InsightsView", "Insights"))

        self.summary = QLabel()
        self.summary.setAccessibleName(translate("InsightsView", "Summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setProperty("role", "title")  # sized by the theme's type scale

        self.funnel = FunnelChart()
        self.letters = LettersRing()
        self.ratings = RatingChart()
        self.themes = ThemeChips()
        self.cards = [
            self._card(translate("InsightsView", "From application to offer"), self.funnel),
            self._card(translate("InsightsView", "Thank-you letters on time"), self.letters),
            self._card(translate("InsightsView", "Your self-rating (1–5)"), self.ratings),
            self._card(translate("InsightsView", "To improve, again and again"), self.themes),
        ]
        self.grid = QGridLayout()
        self._columns = 0
        self._arrange(2)

        self.empty = EmptyState(
            "chart-column-increasing",
            translate("InsightsView", "Your search, drawn"),
            translate(
                "InsightsView",
                "Once you add interviews, this page draws how your search is going: applications, interviews "
                "and offers, thank-you letters sent on time, your self-rating over time, and what keeps coming "
                "back to improve.",
            ),
        )
        self.empty.add_button(
            primary_button(
                translate("InsightsView", "Add the interview you just had"),
                translate("InsightsView", "Add the interview you just had"),
                self.new_interview.emit,
            )
        )
        self.empty.hide()
        self.charts = QWidget()
        self.charts.setLayout(self.grid)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(Space.L)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(Space.XL, Space.L, Space.XL, Space.XL)
        column.setSpacing(Space.L)
        column.addWidget(self.summary)
        column.addWidget(self.empty)
        column.addWidget(self.charts)
        column.addStretch(1)
        scroller = QScrollArea()
        scroller.setAccessibleName(translate("InsightsView", "Insights"))
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroller)

        refresh_when_visible(session, self, self.refresh)
        self.refresh()

    @staticmethod
    def _card(title: str, chart: Chart) -> QGroupBox:
        box = QGroupBox(title)
        box.setAccessibleName(title)
        inside = QVBoxLayout(box)
        inside.addWidget(chart)
        return box

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        # Two charts side by side need room for both; below that, one column reads better than squeezed bars.
        wide_enough = self.width() >= 2 * max(card.sizeHint().width() for card in self.cards)
        self._arrange(2 if wide_enough else 1)
        super().resizeEvent(event)

    def refresh(self) -> None:
        found = self.current()
        empty = self.session.loaded and not self.session.applications()
        self.empty.setVisible(empty)
        self.summary.setVisible(not empty)
        self.charts.setVisible(not empty)
        self.summary.setText(encouragement(found))
        self.funnel.set_funnel(found.funnel)
        self.letters.set_record(found.letters)
        self.ratings.set_points(found.ratings)
        self.themes.set_themes(found.themes)

    def current(self) -> Insights:
        session = self.session
        return insights(session.applications(), session.steps(), session.now())
