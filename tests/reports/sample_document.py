"""A sample document that uses every part of the engine, for the tests and for looking at.

Minutes-like: a heading, a key-value head block, a justified paragraph, a 60-row table that
spills over pages (with a row far taller than a page), signatures, a QR code, the draft mark,
header, footer note and verification code. Run it to get a PDF and PNG pages to inspect:

    .venv/bin/python tests/reports/sample_document.py /tmp/sample.pdf
    pdftoppm -r 80 -png /tmp/sample.pdf /tmp/sample
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from reportlab.platypus import Spacer

from app.reports import (
    HEADING_1,
    HEADING_2,
    BuildResult,
    Column,
    QRCodeFlowable,
    RTLHeading,
    RTLParagraph,
    RTLTable,
    SignatureBlock,
    TextStyle,
    build_pdf,
    key_value_block,
)
from hard_strings import HARD_STRINGS

JUSTIFIED = TextStyle(align="justify")
VERIFICATION_CODE = "DBR-7F3K-91QX"
QR_DATA = "https://dabir.example/verify/DBR-7F3K-91QX"

TOPICS = [
    "پیگیری آسفالت کوچهٔ شهید رجایی",
    "درخواست نصب چراغ روشنایی در پارک محله",
    "هماهنگی با Red Crescent برای مانور زلزله",
    "جمع‌آوری کمک برای خانواده‌های نیازمند",
    "نامهٔ شمارهٔ ۱۲۳/ش/۱۴۰۵ به شهرداری منطقه",
    "بسیج (پایگاه امام علی) و برنامهٔ «هفتهٔ محله»",
]


def _rows(n: int = 60) -> list[list[str]]:
    rows = []
    for i in range(1, n + 1):
        topic = TOPICS[i % len(TOPICS)]
        detail = "شرح: " + " ".join([topic] * (1 + i % 4))
        if i == 7:
            detail = HARD_STRINGS["word_120"]  # one word longer than the cell: broken, not spilled
        if i == 31:
            detail = HARD_STRINGS["paragraph_400"]  # a row taller than a page: split between lines
        rows.append([f"{i:,}".translate(str.maketrans("0123456789,", "۰۱۲۳۴۵۶۷۸۹٬")), topic, detail,
                     "۱۴۰۵/۰۸/۲۴", "انجام شد" if i % 3 else "در دست پیگیری"])
    return rows


def build_sample(target) -> BuildResult:
    """Build the sample document into a path or binary file; returns the build result."""
    story = [
        RTLHeading("صورت‌جلسهٔ شورای اجتماعی محلهٔ نمونه", HEADING_1),
        key_value_block(
            [
                ("شمارهٔ جلسه", "۱۲"),
                ("تاریخ", "۱۴۰۵/۰۸/۲۴"),
                ("شماره نامه", "۱۲۳/ش/۱۴۰۵"),
                ("محل برگزاری", "کتاب‌خانهٔ مسجد محله (طبقهٔ دوم)"),
                ("دبیر", "زهرا محمدی"),
                ("حاضران", "۹ نفر از ۱۱ نفر"),
            ]
        ),
        RTLHeading("دستور جلسه", HEADING_2),
        RTLParagraph(HARD_STRINGS["paragraph_400"][:900], JUSTIFIED),
        RTLParagraph(HARD_STRINGS["letter_number_sentence"] + "، " + HARD_STRINGS["latin_names"]),
        RTLHeading("مصوبات و پیگیری‌ها", HEADING_2),
        RTLTable(
            [
                Column("ردیف", 0.6, "center"),
                Column("موضوع", 2.2),
                Column("شرح", 3.4, "justify"),
                Column("تاریخ", 1.1, "center"),
                Column("وضعیت", 1.2, "center"),
            ],
            _rows(),
        ),
        RTLHeading("امضای حاضران", HEADING_2),
        SignatureBlock(
            [
                ("زهرا محمدی", "دبیر شورا"),
                ("علی‌رضا احمدی", "رئیس شورا"),
                ("مریم کریمی", "نائب رئیس"),
                ("حسین رضایی", "عضو شورا"),
                ("فاطمه حسینی", "نمایندهٔ بسیج (پایگاه امام علی)"),
            ]
        ),
        Spacer(1, 6),
        QRCodeFlowable(QR_DATA, caption=f"کد تأیید: {VERIFICATION_CODE}"),
    ]
    return build_pdf(
        target,
        story,
        title="صورت‌جلسهٔ شورا",
        footer_note="این سند در سامانهٔ دبیر تهیه شده است و بدون امضای اعضا اعتبار ندارد.",
        verification_code=VERIFICATION_CODE,
        draft=True,
        header="شورای اجتماعی محلهٔ نمونه — دبیرخانه",
        print_date=date(2026, 11, 15),
    )


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "sample.pdf")
    res = build_sample(out)
    print(f"{out}: {res.page_count} pages, {len(res.lines)} lines")
