"""Dabir's PDFs: a Persian (right-to-left) typography engine on reportlab, and the documents.

The engine is ``fonts`` (Vazirmatn, registered once), ``bidi_text`` (normalise, wrap in logical
order, reshape, reorder: the recipe verified glyph by glyph against HarfBuzz), ``drawing`` (the
one function that puts a line on the canvas, and the log of drawn lines the tests read),
``flowables`` and ``rtl_table`` (paragraph, heading, key-value block, signatures, QR, table) and
``document`` (A4 pages, footer "صفحه x از y", print date, verification code, draft mark). No Qt
and no database here: documents are built from service dataclasses passed in.
"""

from app.reports.document import BuildResult, build_pdf
from app.reports.flowables import (
    BODY,
    HEADING_1,
    HEADING_2,
    SMALL,
    QRCodeFlowable,
    RTLHeading,
    RTLParagraph,
    SignatureBlock,
    TextStyle,
    key_value_block,
)
from app.reports.rtl_table import Column, RTLTable

__all__ = [
    "BuildResult",
    "build_pdf",
    "TextStyle",
    "BODY",
    "SMALL",
    "HEADING_1",
    "HEADING_2",
    "RTLParagraph",
    "RTLHeading",
    "RTLTable",
    "Column",
    "key_value_block",
    "SignatureBlock",
    "QRCodeFlowable",
]
