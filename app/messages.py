"""The English source text of every domain error code, marked for Qt Linguist.

One catalog, so that a code means one sentence everywhere (form, command line, server) and
`pyside6-lupdate` finds every text in one file. Parameters are `str.format` fields.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation under `context`; returns it unchanged."""
    return text


C = "DomainError"

MESSAGES: dict[str, str] = {
    # generic
    "required": QT_TRANSLATE_NOOP(C, "This field is required."),
    "too_long": QT_TRANSLATE_NOOP(C, "This text is too long (at most {limit} characters)."),
    "not_found": QT_TRANSLATE_NOOP(C, "The record was not found; it may have been deleted."),
    "bad_choice": QT_TRANSLATE_NOOP(C, "The value {value} is not one of the allowed choices."),
    "bad_date": QT_TRANSLATE_NOOP(C, "The date {value} is not a valid Jalali date."),
    "bad_date_leap": QT_TRANSLATE_NOOP(C, "The date {value} does not exist: {year} is not a leap year, so Esfand has 29 days."),
    "bad_time": QT_TRANSLATE_NOOP(C, "The time {value} is not valid; type it like 17:30."),
    "bad_number": QT_TRANSLATE_NOOP(C, "{value} is not a number."),
    "negative": QT_TRANSLATE_NOOP(C, "The amount cannot be negative."),
    "end_before_start": QT_TRANSLATE_NOOP(C, "The end cannot be before the start."),
    "no_council": QT_TRANSLATE_NOOP(C, "No council has been set up in this database yet."),
    # council and geography
    "council.code_taken": QT_TRANSLATE_NOOP(C, "Another council already has the identifier {value}."),
    # members
    "member.national_id_invalid": QT_TRANSLATE_NOOP(C, "The national ID {value} is not valid: it must be 10 digits with a correct check digit."),
    "member.national_id_taken": QT_TRANSLATE_NOOP(C, "A member with the national ID {value} is already registered ({name})."),
    "member.mobile_invalid": QT_TRANSLATE_NOOP(C, "The mobile number {value} is not valid: it must look like 09123456789."),
    "member.residence_required": QT_TRANSLATE_NOOP(C, "An active member must have proof of residence in the neighbourhood."),
    "member.term_order": QT_TRANSLATE_NOOP(C, "The term cannot end before it starts."),
    "member.replaces_self": QT_TRANSLATE_NOOP(C, "A member cannot replace themselves."),
    "member.in_use": QT_TRANSLATE_NOOP(C, "This member is referred to by meetings or resolutions; end their term instead of deleting them."),
    "committee.name_taken": QT_TRANSLATE_NOOP(C, "A committee named {value} already exists."),
    # meetings and minutes
    "meeting.number_taken": QT_TRANSLATE_NOOP(C, "Meeting number {value} already exists."),
    "meeting.finalised": QT_TRANSLATE_NOOP(C, "The minutes of meeting {number} are finalised and cannot be changed; add an addendum instead."),
    "meeting.not_finalised": QT_TRANSLATE_NOOP(C, "Addenda can only be added to finalised minutes."),
    "meeting.not_held": QT_TRANSLATE_NOOP(C, "Only a held meeting can be finalised; record the attendance first."),
    "meeting.no_quorum": QT_TRANSLATE_NOOP(C, "The meeting has no quorum: {present} present, {required} needed."),
    "meeting.time_order": QT_TRANSLATE_NOOP(C, "The meeting cannot end before it starts."),
    "meeting.inactive_member": QT_TRANSLATE_NOOP(C, "{name} is not an active member of the council."),
    "meeting.member_not_present": QT_TRANSLATE_NOOP(C, "{name} was not present at the meeting."),
    # resolutions
    "resolution.closed": QT_TRANSLATE_NOOP(C, "Resolution {number} is already {status}."),
    "resolution.bad_transition": QT_TRANSLATE_NOOP(C, "A resolution cannot go from {old} to {new}."),
    # issues and demands
    "issue.bad_transition": QT_TRANSLATE_NOOP(C, "An issue cannot go from {old} to {new}."),
    "issue.coordinates": QT_TRANSLATE_NOOP(C, "The coordinates are not valid (latitude -90..90, longitude -180..180)."),
    "demand.answer_before_letter": QT_TRANSLATE_NOOP(C, "The answer cannot be dated before the letter was sent."),
    "demand.due_before_letter": QT_TRANSLATE_NOOP(C, "The due date cannot be before the letter date."),
    "demand.needs_subject": QT_TRANSLATE_NOOP(C, "A demand must serve an issue or a resolution, or have a subject."),
    "demand.letter_no_taken": QT_TRANSLATE_NOOP(C, "Letter number {value} has already been used."),
    "agency.name_taken": QT_TRANSLATE_NOOP(C, "An agency named {value} already exists."),
    # roadmap
    "roadmap.period": QT_TRANSLATE_NOOP(C, "The plan period must run from a Jalali year to the same or a later one."),
    "project.progress_range": QT_TRANSLATE_NOOP(C, "Progress must be between 0 and 100 percent."),
    "funding.received_over": QT_TRANSLATE_NOOP(C, "More was received ({received}) than pledged ({pledged})."),
    # import / export / backup
    "import.bad_file": QT_TRANSLATE_NOOP(C, "The file {path} cannot be read: {reason}"),
    "import.bad_rows": QT_TRANSLATE_NOOP(C, "{count} rows are not valid; nothing was imported."),
    "import.missing_column": QT_TRANSLATE_NOOP(C, "The file has no column {column}."),
    "import.row": QT_TRANSLATE_NOOP(C, "Row {row}: {reason}"),
    "backup.not_a_backup": QT_TRANSLATE_NOOP(C, "{path} is not a Dabir backup."),
    "backup.newer": QT_TRANSLATE_NOOP(C, "The backup {path} was made by a newer version of Dabir; update first."),
    # accounts
    "account.bad_login": QT_TRANSLATE_NOOP(C, "The user name or password is wrong."),
    "account.name_taken": QT_TRANSLATE_NOOP(C, "The user name {value} is already taken."),
    "account.weak_password": QT_TRANSLATE_NOOP(C, "The password must be at least {min} characters."),
    "account.read_only": QT_TRANSLATE_NOOP(C, "This account can only view records."),
}
