"""Small dashboard charts painted with QPainter, fed plain numbers.

QPainter rather than pyqtgraph: these charts show a handful of values, need crisp Chinese labels and
should cost nothing at start-up (pyqtgraph's import alone is 0.2–0.5 s, shared/engineering.md); the big
interactive plots (Gantt) are where pyqtgraph pays off.

* :class:`HBarChart` — horizontal bars with category labels (e.g. open projects per team), clickable.
* :class:`StatusStackBar` — one stacked bar of on-time / at-risk / overdue counts with a legend.
* :class:`Sparkline` — a trend line without axes for a KPI tile.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

TEXT = QColor("#1f262d")
MUTED = QColor("#5b6470")
TRACK = QColor("#e6eaee")
ON_TIME, AT_RISK, OVERDUE = "#2e7d32", "#e0a100", "#c62828"


def _default_format(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


class HBarChart(QWidget):
    """Horizontal bars, one per category, longest value = full width; values below zero draw as zero.

    Clicking a bar emits ``sig_category_clicked(index, category)``; hovering shows the value.
    """

    sig_category_clicked = Signal(int, str)

    def __init__(self, parent: QWidget | None = None, colour: str = "#1d5fa8",
                 value_format: Callable[[float], str] = _default_format) -> None:
        super().__init__(parent)
        self._categories: list[str] = []
        self._values: list[float] = []
        self._colour = QColor(colour)
        self._format = value_format
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, categories: Sequence[str], values: Sequence[float]) -> None:
        if len(categories) != len(values):
            raise ValueError(f"{len(categories)} categories but {len(values)} values")
        self._categories = [str(c) for c in categories]
        self._values = [float(v) if v is not None and math.isfinite(float(v)) else 0.0 for v in values]
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return round(self.fontMetrics().height() * 1.7)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, max(1, len(self._categories)) * self.row_height() + 8)

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is drawn (empty for a zero value)."""
        label_w, bar_w = self._columns()
        top = 4 + index * self.row_height()
        peak = max(self._values, default=0.0)
        length = bar_w * max(0.0, self._values[index]) / peak if peak > 0 else 0.0
        gap = self.row_height() * 0.18
        return QRectF(label_w, top + gap, length, self.row_height() - 2 * gap)

    def index_at(self, y: float) -> int | None:
        index = int((y - 4) // self.row_height())
        return index if 0 <= index < len(self._categories) and y >= 4 else None

    def _columns(self) -> tuple[int, int]:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(c) for c in self._categories), default=0)
        label_w = min(widest + 12, round(self.width() * 0.38))
        value_w = max((metrics.horizontalAdvance(self._format(v)) for v in self._values), default=0) + 10
        return label_w, max(1, self.width() - label_w - value_w)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = self.fontMetrics()
        label_w, _ = self._columns()
        for i, (category, value) in enumerate(zip(self._categories, self._values, strict=True)):
            row = QRect(0, 4 + i * self.row_height(), self.width(), self.row_height())
            painter.setPen(TEXT)
            label = metrics.elidedText(category, Qt.TextElideMode.ElideRight, label_w - 12)
            painter.drawText(QRect(0, row.top(), label_w - 8, row.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            bar = self.bar_rect(i)
            painter.fillRect(bar, self._colour)
            painter.setPen(MUTED)
            painter.drawText(QRectF(bar.right() + 6, row.top(), self.width() - bar.right() - 6, row.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._format(value))
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self.index_at(event.position().y())
        if index is None:
            QToolTip.hideText()
        else:
            tip = f"{self._categories[index]}：{self._format(self._values[index])}"
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self.index_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self.sig_category_clicked.emit(index, self._categories[index])
        super().mouseReleaseEvent(event)


@dataclass(frozen=True)
class Segment:
    label: str
    count: int
    colour: str


class StatusStackBar(QWidget):
    """One bar split by status counts, with counts inside the segments and a legend with shares below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_segments(self, segments: Sequence[Segment]) -> None:
        self._segments = [Segment(s.label, max(0, int(s.count)), s.colour) for s in segments]
        self.update()

    def set_status_counts(self, on_time: int, at_risk: int, overdue: int) -> None:
        """The usual project split: 按期 (green), 预警 (amber), 超期 (red)."""
        self.set_segments([Segment(self.tr("按期"), on_time, ON_TIME), Segment(self.tr("预警"), at_risk, AT_RISK),
                           Segment(self.tr("超期"), overdue, OVERDUE)])

    def total(self) -> int:
        return sum(s.count for s in self._segments)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, self._bar_height() + self.fontMetrics().height() * 2)

    def _bar_height(self) -> int:
        return round(self.fontMetrics().height() * 1.6)

    def segment_rects(self) -> list[QRectF]:
        """Drawn rectangle of each segment, in order (zero counts give zero width)."""
        total = self.total()
        x = 0.0
        rects = []
        for s in self._segments:
            width = self.width() * s.count / total if total else 0.0
            rects.append(QRectF(x, 0, width, self._bar_height()))
            x += width
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        metrics = self.fontMetrics()
        total = self.total()
        if not total:
            painter.fillRect(QRect(0, 0, self.width(), self._bar_height()), TRACK)
            painter.setPen(MUTED)
            painter.drawText(QRect(0, 0, self.width(), self._bar_height()), Qt.AlignmentFlag.AlignCenter,
                             self.tr("暂无数据"))
        for segment, rect in zip(self._segments, self.segment_rects(), strict=True):
            colour = QColor(segment.colour)
            painter.fillRect(rect, colour)
            text = str(segment.count)
            if segment.count and metrics.horizontalAdvance(text) + 8 <= rect.width():
                painter.setPen(_ink_on(colour))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        self._paint_legend(painter, metrics, total)
        painter.end()

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics, total: int) -> None:
        x, y = 0, self._bar_height() + metrics.height() // 2
        box = metrics.height() * 2 // 3
        for segment in self._segments:
            share = f"{100 * segment.count / total:.0f}%" if total else "—"
            text = f"{segment.label} {segment.count}（{share}）"
            painter.fillRect(QRect(x, y + (metrics.height() - box) // 2, box, box), QColor(segment.colour))
            painter.setPen(TEXT)
            painter.drawText(QRect(x + box + 4, y, metrics.horizontalAdvance(text) + 2, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += box + 4 + metrics.horizontalAdvance(text) + metrics.height()


class Sparkline(QWidget):
    """A trend line for a KPI tile: no axes, the last point marked; NaN or None leave a gap."""

    def __init__(self, parent: QWidget | None = None, colour: str = "#1d5fa8") -> None:
        super().__init__(parent)
        self._values: list[float] = []
        self._colour = QColor(colour)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values: Sequence[float | None]) -> None:
        self._values = [float(v) if v is not None and math.isfinite(float(v)) else math.nan for v in values]
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(140, max(24, self.fontMetrics().height() * 2))

    def points(self) -> list[QPointF | None]:
        """Where each value is drawn (None for gaps); a flat series sits mid-height."""
        finite = [v for v in self._values if not math.isnan(v)]
        if not finite:
            return [None] * len(self._values)
        low, high = min(finite), max(finite)
        pad = 3.0
        width, height = self.width() - 2 * pad, self.height() - 2 * pad
        step = width / (len(self._values) - 1) if len(self._values) > 1 else 0.0
        out: list[QPointF | None] = []
        for i, v in enumerate(self._values):
            if math.isnan(v):
                out.append(None)
                continue
            share = (v - low) / (high - low) if high > low else 0.5
            out.append(QPointF(pad + i * step if step else pad + width / 2, pad + height * (1 - share)))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        points = self.points()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = QPainterPath()
        pen_down = False
        for point in points:
            if point is None:
                pen_down = False
            elif pen_down:
                path.lineTo(point)
            else:
                path.moveTo(point)
                pen_down = True
        painter.setPen(QPen(self._colour, 2.0))
        painter.drawPath(path)
        last = next((p for p in reversed(points) if p is not None), None)
        if last is not None:
            painter.setBrush(self._colour)
            painter.drawEllipse(last, 3.0, 3.0)
        painter.end()


def _ink_on(background: QColor) -> QColor:
    """Black or white text, whichever reads better on ``background`` (relative luminance)."""
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.red()) + 0.7152 * channel(background.green()) + 0.0722 * channel(background.blue())
    return QColor("#000000") if lum > 0.179 else QColor("#ffffff")
