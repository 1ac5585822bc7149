"""Dabir's PDFs: a Persian (right-to-left) typography engine on reportlab, and the documents.

The engine is ``fonts`` (Vazirmatn, registered once), ``bidi_text`` (normalise, wrap in logical
order, reshape, reorder: the recipe verified glyph by glyph against HarfBuzz), ``drawing`` (the
one function that puts a line on the canvas, and the log of drawn lines the tests read),
``flowables`` and ``rtl_table`` (paragraph, heading, key-value block, signatures, QR, table) and
``document`` (A4 pages, footer "صفحه x از y", print date, verification code, draft mark), with
``letterhead`` (the head of an official paper) and ``chart`` (right-to-left bar chart).

The documents, one module each, each with a ``render_<doc>(data, path_or_buffer) -> BuildResult``
that the command line and the UI call: ``minutes_pdf.render_minutes`` (MinutesDocument),
``sign_in_pdf.render_sign_in`` (SignInSheet), ``register_pdf.render_register`` (RegisterData),
``letter_pdf.render_letter`` (LetterData) and ``council_report_pdf.render_council_report``
(CouncilReport); ``parts`` holds what they share and ``verification`` the minutes' QR payload.
No Qt and no database here: documents are built from service dataclasses passed in.
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
from app.reports.council_report_pdf import render_council_report
from app.reports.letter_pdf import render_letter
from app.reports.minutes_pdf import render_minutes
from app.reports.register_pdf import render_register
from app.reports.sign_in_pdf import render_sign_in

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
    "render_minutes",
    "render_sign_in",
    "render_register",
    "render_letter",
    "render_council_report",
]
