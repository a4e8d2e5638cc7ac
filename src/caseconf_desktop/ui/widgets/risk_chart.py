"""A small risk-trend chart: overall level per assessment, oldest to newest."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from caseconf_desktop.domain.enums import RiskLevel
from caseconf_desktop.domain.model import RiskAssessment
from caseconf_desktop.ui import style
from caseconf_desktop.ui.forms import enum_label


class RiskTrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._risks: list[RiskAssessment] = []
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Risk trend chart"))

    def set_assessments(self, risks: list[RiskAssessment]) -> None:
        self._risks = sorted(risks, key=lambda r: r.assessed_on)
        levels = ", ".join(f"{r.assessed_on}: {enum_label(r.level)}" for r in self._risks)
        self.setAccessibleDescription(levels)
        self.setToolTip(levels)
        self.update()

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        levels = list(RiskLevel)
        left, top, right, bottom = 90.0, 10.0, 10.0, 24.0
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        grid = QPen(QColor(style.colour("border")))
        p.setPen(grid)
        for i, level in enumerate(levels):
            y = area.bottom() - i * area.height() / (len(levels) - 1)
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(0, y - 9, left - 8, 18), Qt.AlignmentFlag.AlignRight, enum_label(level)
            )
            p.setPen(grid)
        if not self._risks:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No risk assessments yet"))
            return
        n = len(self._risks)
        points = []
        for i, r in enumerate(self._risks):
            x = area.left() + (area.width() * (i / (n - 1)) if n > 1 else area.width() / 2)
            y = area.bottom() - r.level.rank * area.height() / (len(levels) - 1)
            points.append(QPointF(x, y))
        p.setPen(QPen(QColor(style.colour("accent")), 2))
        for a, b in pairwise(points):
            p.drawLine(a, b)
        p.setBrush(QColor(style.colour("accent")))
        for pt, r in zip(points, self._risks, strict=True):
            p.drawEllipse(pt, 4, 4)
            p.setPen(self.palette().text().color())
            # Kept inside the widget: the last date must not run off its right edge.
            x = min(max(pt.x() - 40, 0.0), self.width() - 80.0)
            p.drawText(
                QRectF(x, area.bottom() + 4, 80, 16),
                Qt.AlignmentFlag.AlignHCenter,
                r.assessed_on.isoformat(),
            )
            p.setPen(QPen(QColor(style.colour("accent")), 2))
