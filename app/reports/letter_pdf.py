"""A council's demand letter to an executive agency (نامه مطالبه) as a PDF, from ``LetterData``.

Laid out the way an Iranian office letter is, so the agency's secretariat files it like any
other: «بسمه تعالی» and the council's name in the centre; «شماره»، «تاریخ» and «پیوست» in the
top-left corner; the recipient («ریاست محترم …»), the subject, the salutation; the body
justified; the amount in digits and in words when the demand has one; the resolution the
letter carries out and the date an answer is expected; the closing; the signatures of the
council's chair and secretary on the left; and the copy-to lines («رونوشت»). A demand not yet
sent (no letter number) prints as a draft with the «پیش‌نویس» mark. ``render_letter`` is what
the CLI and the UI call.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from app.enums import MemberRole
from app.persian.words import amount_in_words
from app.reports.document import BuildResult, build_pdf
from app.reports.flowables import RTLParagraph, SignatureBlock, TextStyle
from app.reports.fonts import BOLD
from app.reports.letterhead import Letterhead
from app.reports.parts import (BISMILLAH, CAPTION, DASH, SMALL, TITLE, fa, jdate, num,
                               word)

if TYPE_CHECKING:
    from pathlib import Path

    from app.services.report_data import LetterData

__all__ = ["render_letter", "letter_story", "amount_sentence"]

RECIPIENT = TextStyle(font=BOLD, size=12.0, space_before=6.0, space_after=2.0)
SUBJECT = TextStyle(font=BOLD, size=11.0, space_before=4.0, space_after=8.0)
BODY = TextStyle(align="justify", size=11.0, leading=11.0 * 1.9, space_after=6.0)
COPY = TextStyle(size=9.0, space_after=1.0)
_ROLE_TITLE = {MemberRole.CHAIR.value: "رئیس شورا", MemberRole.SECRETARY.value: "دبیر شورا"}


def amount_sentence(amount: int) -> str:
    """'مبلغ مورد نیاز: ۳٬۱۶۰٬۰۰۰٬۰۰۰ ریال (به حروف: سه میلیارد و یکصد و شصت میلیون ریال)'."""
    return f"مبلغ مورد نیاز: {num(amount)} ریال (به حروف: {amount_in_words(amount)})"


def _place_line(letter: LetterData) -> str:
    c = letter.council
    return f"{c.settlement}، شهرستان {c.county}، استان {c.province}"


def letter_story(letter: LetterData) -> list[Flowable]:
    """The flowables of the letter, in reading order."""
    number = fa(letter.letter_no) if letter.letter_no else "پیش‌نویس"
    story: list[Flowable] = [
        Letterhead([("بسمه تعالی", BISMILLAH), (letter.council.name, TITLE), (_place_line(letter), CAPTION)],
                   left_pairs=[("شماره", number), ("تاریخ", jdate(letter.letter_date)),
                               ("پیوست", letter.attachments or "ندارد")],
                   space_after=14.0),
        RTLParagraph(f"ریاست محترم {letter.agency_name}", RECIPIENT),
    ]
    if letter.agency_contact:
        story.append(RTLParagraph(f"(کارشناس پیگیری: {letter.agency_contact})", SMALL))
    story.append(RTLParagraph(f"موضوع: {letter.subject}", SUBJECT))
    story.append(RTLParagraph("با سلام و احترام،", BODY))
    story.append(RTLParagraph(letter.text or letter.subject, BODY))
    if letter.amount:
        story.append(RTLParagraph(amount_sentence(letter.amount), BODY))
    if letter.resolution_number:
        story.append(RTLParagraph(
            f"این درخواست در اجرای مصوبه شماره {fa(letter.resolution_number)} شورای پیشرفت محله "
            f"{letter.council.neighbourhood} ارسال می‌شود.", BODY))
    if letter.due_date:
        story.append(RTLParagraph(
            f"خواهشمند است نتیجه اقدام را تا تاریخ {jdate(letter.due_date)} به این شورا اعلام فرمایید.",
            BODY))
    story.append(RTLParagraph("پیشاپیش از همکاری جنابعالی سپاسگزاریم.", BODY))
    signers = [(s.full_name, _ROLE_TITLE.get(s.role, word(s.role, MemberRole))) for s in letter.signers]
    if not signers:
        signers = [(DASH, "رئیس شورا")]
    story.append(SignatureBlock(signers, per_row=3, start="left", sign_space=40.0, size=10.0,
                                space_before=10.0))
    if letter.copies:
        story.append(Spacer(1, 8))
        story.append(RTLParagraph("رونوشت:", TextStyle(font=BOLD, size=9.0, space_after=1.0)))
        for line in letter.copies:
            story.append(RTLParagraph(f"• {fa(line)}", COPY))
    return story


def render_letter(letter: LetterData, target: str | Path | BinaryIO, *,
                  print_date: date | None = None) -> BuildResult:
    """Write the letter PDF to a path or binary file; returns pages and drawn lines."""
    number = fa(letter.letter_no) if letter.letter_no else "پیش‌نویس"
    address = letter.council.address
    return build_pdf(
        target, letter_story(letter), title=f"نامه {number} — {letter.subject}",
        header=f"{letter.council.name} — نامه شماره {number}", header_first_page=False,
        draft=letter.draft, print_date=print_date or letter.printed_on,
        footer_note=f"نشانی شورا: {address}" if address else None, subject=letter.subject,
    )
