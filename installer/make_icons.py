"""Render the app icon (resources/icons/segmentdesk.svg) to the PNG sizes desktops and installers ask
for, and to the Windows .ico: ``python installer/make_icons.py`` writes
resources/icons/app/segmentdesk-<size>.png and segmentdesk.ico.  Run it after changing the SVG and
commit the results (a build never needs Qt's SVG renderer)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parent.parent


def render(svg: Path, out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write ``segmentdesk-<size>.png`` for each size into ``out_dir``; returns the files."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 — QPainter needs one
    renderer = QSvgRenderer(str(svg))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"segmentdesk-{size}.png"
        if not image.save(str(target)):
            raise OSError(f"could not write {target}")
        written.append(target)
    return written


def write_ico(png_256: Path, target: Path) -> Path:
    """A Windows icon holding the sizes Explorer and the Start menu pick from (Pillow, matplotlib's own dependency)."""
    from PIL import Image

    with Image.open(png_256) as image:
        image.save(target, sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    return target


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app_dir = ROOT / "resources" / "icons" / "app"
    written = render(ROOT / "resources" / "icons" / "segmentdesk.svg", app_dir)
    written.append(write_ico(app_dir / "segmentdesk-256.png", app_dir / "segmentdesk.ico"))
    for path in written:
        print(path.relative_to(ROOT))
