"""Dashboard charts: geometry follows the data, Chinese labels render, clicks report the category."""
from __future__ import annotations

import math
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage
from PySide6.QtWidgets import QApplication

from widgets.charts import AT_RISK, ON_TIME, OVERDUE, HBarChart, Segment, Sparkline, StatusStackBar
from widgets.kiosk_demo import FONT_PATH


@pytest.fixture(scope="module", autouse=True)
def cjk_font(qapp: QApplication) -> None:
    font_id = QFontDatabase.addApplicationFont(str(FONT_PATH))
    qapp.setFont(QFont(QFontDatabase.applicationFontFamilies(font_id)[0]))


def colour_share(image: QImage, colour: str) -> float:
    target = QColor(colour).rgb()
    hits = sum(image.pixel(x, y) == target for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))
    return hits / ((image.height() + 1) // 2 * ((image.width() + 1) // 2))


def dark_share(image: QImage) -> float:
    hits = sum(QColor(image.pixel(x, y)).value() < 110 for y in range(image.height()) for x in range(0, image.width(), 2))
    return hits / (image.height() * ((image.width() + 1) // 2))


def test_bar_lengths_are_proportional_and_labels_render(qtbot) -> None:
    chart = HBarChart(colour="#1d5fa8")
    qtbot.addWidget(chart)
    chart.set_data(["城东客户服务团队", "城西团队", "高新区团队", "空"], [40, 20, 10, 0])
    chart.resize(600, chart.sizeHint().height())
    widths = [chart.bar_rect(i).width() for i in range(4)]
    assert widths[0] == pytest.approx(2 * widths[1]) and widths[1] == pytest.approx(2 * widths[2])
    assert widths[3] == 0
    image = chart.grab().toImage()
    assert colour_share(image, "#1d5fa8") > 0.05
    label_strip = image.copy(0, 0, int(chart.bar_rect(0).left()), image.height())
    assert dark_share(label_strip) > 0.01  # Chinese labels drawn left of the bars


def test_bar_chart_rejects_mismatched_data_and_tolerates_bad_values(qtbot) -> None:
    chart = HBarChart()
    qtbot.addWidget(chart)
    with pytest.raises(ValueError):
        chart.set_data(["a", "b"], [1])
    chart.set_data(["负数", "缺失", "无穷"], [-5, None, math.inf])  # type: ignore[list-item]
    chart.resize(400, 120)
    assert all(chart.bar_rect(i).width() == 0 for i in range(3))
    assert not chart.grab().isNull()


def test_clicking_a_bar_reports_its_category(qtbot) -> None:
    chart = HBarChart()
    qtbot.addWidget(chart)
    chart.set_data(["业扩报装", "计量", "电费"], [3, 5, 2])
    chart.resize(500, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    centre = chart.bar_rect(1).center().toPoint()
    with qtbot.waitSignal(chart.sig_category_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [1, "计量"]


def test_status_bar_segments_follow_counts_with_legend(qtbot) -> None:
    bar = StatusStackBar()
    qtbot.addWidget(bar)
    bar.set_status_counts(on_time=60, at_risk=30, overdue=10)
    bar.resize(500, bar.sizeHint().height())
    widths = [r.width() for r in bar.segment_rects()]
    assert widths == pytest.approx([300, 150, 50])
    image = bar.grab().toImage()
    for colour in (ON_TIME, AT_RISK, OVERDUE):
        assert colour_share(image, colour) > 0.01
    legend = image.copy(0, int(bar.segment_rects()[0].bottom()) + 2, image.width(), image.height())
    assert dark_share(legend) > 0.005


def test_status_bar_without_data_says_so(qtbot) -> None:
    bar = StatusStackBar()
    qtbot.addWidget(bar)
    bar.set_segments([Segment("按期", 0, ON_TIME)])
    bar.resize(300, bar.sizeHint().height())
    assert bar.total() == 0 and bar.segment_rects()[0].width() == 0
    assert dark_share(bar.grab().toImage()) > 0  # "暂无数据"


def test_sparkline_scales_to_range_and_leaves_gaps(qtbot) -> None:
    line = Sparkline(colour="#c62828")
    qtbot.addWidget(line)
    line.resize(200, 40)
    line.set_values([1, 3, None, 2, float("nan"), 5])
    points = line.points()
    assert points[2] is None and points[4] is None
    assert points[0].y() > points[1].y() > points[5].y()  # larger values higher up
    assert points[0].x() < points[1].x() < points[5].x()
    assert colour_share(line.grab().toImage(), "#c62828") > 0.003
    line.set_values([4, 4, 4])
    assert {p.y() for p in line.points()} == {20.0}
    line.set_values([])
    assert line.points() == [] and not line.grab().isNull()
