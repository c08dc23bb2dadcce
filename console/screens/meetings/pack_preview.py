"""The generated pack on screen (QtPdf's QPdfView, built on first use) and sent to a printer page by page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QStackedLayout, QTreeView, QVBoxLayout, QWidget

PRINT_DPI_CAP = 300  # a page image at 300 dpi is sharp on any office printer and ~35 MB in memory at most


class PackPreview(QWidget):
    """A placeholder until a pack is loaded; then the outline beside a scrolling view of every page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = None  # QPdfView, created on the first load (QtPdf costs start-up time otherwise)
        self._doc = None  # QPdfDocument
        self._outline: QTreeView | None = None
        self.path: Path | None = None
        self.placeholder = QLabel(self.tr("尚未生成会议资料。请点击“生成 PDF”。"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("emptyHint")
        self.page_label = QLabel()
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("适合宽度"), "width")
        self.zoom.addItem(self.tr("整页"), "page")
        self.zoom.addItem("100%", "100")
        self.zoom.setEnabled(False)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.placeholder)
        bar = QHBoxLayout()
        bar.addWidget(self.page_label, 1)
        bar.addWidget(QLabel(self.tr("缩放")))
        bar.addWidget(self.zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack, 1)
        layout.addLayout(bar)
        self.zoom.currentIndexChanged.connect(self.on_zoom_changed)

    @property
    def document(self):  # type: ignore[no-untyped-def]
        return self._doc

    @property
    def view(self):  # type: ignore[no-untyped-def]
        return self._view

    @property
    def outline(self) -> QTreeView | None:
        return self._outline

    def _build(self) -> None:
        from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._doc = QPdfDocument(self)
        self._view = QPdfView(self)
        self._view.setObjectName("packView")
        self._view.setDocument(self._doc)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._view.pageNavigator().currentPageChanged.connect(self.on_page_changed)
        bookmarks = QPdfBookmarkModel(self)
        bookmarks.setDocument(self._doc)
        self._outline = QTreeView()
        self._outline.setObjectName("packOutline")
        self._outline.setModel(bookmarks)
        self._outline.setHeaderHidden(True)
        self._outline.activated.connect(self.on_outline_activated)
        self._outline.clicked.connect(self.on_outline_activated)
        split = QSplitter()
        split.addWidget(self._outline)
        split.addWidget(self._view)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 800])
        self._stack.addWidget(split)
        self.zoom.setEnabled(True)

    def load(self, path: Path) -> int:
        """Show the PDF at ``path``; returns its page count (0 if it could not be read)."""
        if self._view is None:
            self._build()
        self._doc.close()
        self._doc.load(str(path))
        self.path = path
        self._stack.setCurrentIndex(1)
        if self._outline is not None:
            self._outline.expandToDepth(0)
        self.on_page_changed(0)
        return self._doc.pageCount()

    def on_outline_activated(self, index: QModelIndex) -> None:
        from PySide6.QtPdf import QPdfBookmarkModel

        page = index.data(int(QPdfBookmarkModel.Role.Page))
        if self._view is not None and page is not None:
            self._view.pageNavigator().jump(int(page), QPointF(), 0)

    def on_zoom_changed(self, _index: int) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        if self._view is None:
            return
        mode = self.zoom.currentData()
        if mode == "width":
            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif mode == "page":
            self._view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self._view.setZoomMode(QPdfView.ZoomMode.Custom)
            self._view.setZoomFactor(1.0)

    def on_page_changed(self, page: int) -> None:
        total = self._doc.pageCount() if self._doc is not None else 0
        self.page_label.setText(self.tr("第 %1 页 / 共 %2 页").replace("%1", str(page + 1)).replace("%2", str(total))
                                if total else "")


def print_document(doc, printer) -> int:  # type: ignore[no-untyped-def]
    """Print the pages the print dialog chose, each turned to its own orientation; returns pages printed."""
    count = doc.pageCount()
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    if count == 0 or first > last:
        return 0
    dpi = min(printer.resolution(), PRINT_DPI_CAP)
    painter = QPainter()
    printed = 0
    for page in range(first - 1, last):
        size = doc.pagePointSize(page)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        if printed == 0:
            if not painter.begin(printer):
                return 0
        elif not printer.newPage():
            break
        image: QImage = doc.render(page, (size * dpi / 72.0).toSize())
        target = QRectF(painter.viewport())
        scale = min(target.width() / image.width(), target.height() / image.height())
        w, h = image.width() * scale, image.height() * scale
        painter.setWindow(painter.viewport())
        painter.drawImage(QRectF((target.width() - w) / 2, (target.height() - h) / 2, w, h), image)
        printed += 1
    painter.end()
    return printed
