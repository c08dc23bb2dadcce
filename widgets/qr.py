"""QR codes as Qt images, drawn in memory with segno (no temporary files)."""
from __future__ import annotations

import numpy as np
import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter


def qr_image(text: str, border: int = 2, error: str = "m") -> QImage:
    """One pixel per module (black on white) with a quiet zone of ``border`` modules.

    Scale it with :func:`draw_qr` (integer module size, no smoothing) so phones read it from a distance.
    """
    code = segno.make(text, error=error, micro=False)
    modules = np.array([list(row) for row in code.matrix_iter(scale=1, border=border)], dtype=bool)
    pixels = np.where(modules, 0, 255).astype(np.uint8)
    height, width = pixels.shape
    image = QImage(pixels.tobytes(), width, height, width, QImage.Format.Format_Grayscale8)
    return image.copy()  # detach from the numpy buffer, which dies with this frame


def draw_qr(painter: QPainter, image: QImage, area: QRect) -> QRect:
    """Draw ``image`` as large as fits in ``area`` at a whole number of pixels per module, centred.

    Returns the rectangle drawn (empty when the area is smaller than one pixel per module).
    """
    scale = min(area.width() // image.width(), area.height() // image.height())
    if scale < 1:
        return QRect()
    size = image.width() * scale
    target = QRect(area.x() + (area.width() - size) // 2, area.y() + (area.height() - size) // 2, size, size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.fillRect(target, QColor("#ffffff"))
    painter.drawImage(target, image.scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio,
                                           Qt.TransformationMode.FastTransformation))
    painter.restore()
    return target
