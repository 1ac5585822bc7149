"""The print preview every page uses: a PDF shown with QtPdf, then printed or saved.

The reports (app/reports/*_pdf.py) write PDFs with reportlab; a page builds one on the task
runner into a temporary file (`build_and_preview`: the service that gathers the data and the
renderer run off the GUI thread) and shows it here. "Print" opens the system's print dialog and
paints each page rendered by QPdfDocument on white (a rendered page is transparent, see
STACK-NOTES); "Save as PDF" copies the file where the secretary chooses (a USB stick, to send by
messenger). Nothing is printed without the secretary asking.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from app.ui.i18n import error_text


class PdfPreviewDialog(QDialog):
    """Shows a PDF file with Print and Save-as buttons."""

    def __init__(self, path: Path | str, title: str = "", parent: QWidget | None = None,
                 suggested_name: str = "document.pdf"):
        super().__init__(parent)
        self.path = Path(path)
        self.suggested_name = suggested_name
        self.setWindowTitle(title or self.tr("Print preview"))
        self.resize(820, 900)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # pages are pages
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("Print..."), self)
        self.save_button = QPushButton(self.tr("Save as PDF..."), self)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)

    def page_count(self) -> int:
        return self.document.pageCount()

    def page_image(self, page: int, dpi: int = 150) -> QImage:
        """A page rendered on white (QPdfDocument renders on transparent)."""
        points = self.document.pagePointSize(page)
        size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
        rendered = self.document.render(page, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(QPointF(0, 0), rendered)
        painter.end()
        return image

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Not printed"),
                                self.tr("The printer could not be opened."))
            return
        try:
            for page in range(self.page_count()):
                if page:
                    printer.newPage()
                image = self.page_image(page, dpi=min(300, printer.resolution()))
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.suggested_name, self.tr("PDF files (*.pdf)"))
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))


def build_and_preview(page: QWidget, runner, build: Callable[[Any, Path], Any], *,
                      title: str, suggested_name: str,
                      on_shown: Callable[[PdfPreviewDialog], None] | None = None) -> None:
    """Run `build(session, path)` (gather the data, render the PDF to `path`) on the task
    runner, then show the preview. A failure goes to the main window's message box."""
    folder = Path(tempfile.mkdtemp(prefix="dabir-print-"))
    path = folder / suggested_name

    def work(session):
        build(session, path)
        return path

    def shown(result: Path) -> None:
        dialog = PdfPreviewDialog(result, title, page, suggested_name=suggested_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: shutil.rmtree(folder, ignore_errors=True))
        page._pdf_preview = dialog  # keeps a handle for tests
        dialog.open()
        if on_shown is not None:
            on_shown(dialog)

    runner.read(work, owner=page, on_result=shown)
