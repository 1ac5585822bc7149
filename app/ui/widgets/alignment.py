"""Keep digits and dates on the reading side of a right-to-left form.

A QLineEdit aligns its text by the direction of the text itself, so «۱۴۰۵/۰۸/۲۴», a mobile
number or «ARD-054» (all left-to-right runs) sit at the LEFT edge of a right-to-left form while
the Persian fields above them sit at the right. `align_to_layout(edit)` pins the text to the
start of the layout direction (right under Persian, left under English), whatever it contains.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit


def align_to_layout(edit: QLineEdit) -> None:
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    edit.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
