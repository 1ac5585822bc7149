"""The English source text of every domain error code, marked for Qt Linguist.

One catalog, so that a code means one sentence everywhere (form, command line, server) and
`pyside6-lupdate` finds every text in one file. Parameters are `str.format` fields.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation under `context`; returns it unchanged."""
    return text


# The translation context. Write it LITERALLY in each call, QT_TRANSLATE_NOOP("DomainError", ...):
# pyside6-lupdate does not resolve a variable and silently skips such calls
# (scripts/build_translations.py refuses them).
C = "DomainError"

MESSAGES: dict[str, str] = {
    # generic
    "required": QT_TRANSLATE_NOOP("DomainError", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP("DomainError", "This text is too long (at most {limit} characters)."),
    "not_found": QT_TRANSLATE_NOOP("DomainError", "The record was not found; it may have been deleted."),
    "bad_choice": QT_TRANSLATE_NOOP("DomainError", "The value {value} is not one of the allowed choices."),
    "bad_date": QT_TRANSLATE_NOOP("DomainError", "The date {value} is not a valid Jalali date."),
    "bad_date_leap": QT_TRANSLATE_NOOP("DomainError", "The date {value} does not exist: {year} is not a leap year, so Esfand has 29 days."),
    "bad_time": QT_TRANSLATE_NOOP("DomainError", "The time {value} is not valid; type it like 17:30."),
    "bad_number": QT_TRANSLATE_NOOP("DomainError", "{value} is not a number."),
    "negative": QT_TRANSLATE_NOOP("DomainError", "The amount cannot be negative."),
    "end_before_start": QT_TRANSLATE_NOOP("DomainError", "The end cannot be before the start."),
    "no_council": QT_TRANSLATE_NOOP("DomainError", "No council has been set up in this database yet."),
    # council and geography
    "council.code_taken": QT_TRANSLATE_NOOP("DomainError", "Another council already has the identifier {value}."),
    # members
    "member.national_id_invalid": QT_TRANSLATE_NOOP("DomainError", "The national ID {value} is not valid: it must be 10 digits with a correct check digit."),
    "member.national_id_taken": QT_TRANSLATE_NOOP("DomainError", "A member with the national ID {value} is already registered ({name})."),
    "member.mobile_invalid": QT_TRANSLATE_NOOP("DomainError", "The mobile number {value} is not valid: it must look like 09123456789."),
    "member.residence_required": QT_TRANSLATE_NOOP("DomainError", "An active member must have proof of residence in the neighbourhood."),
    "member.term_order": QT_TRANSLATE_NOOP("DomainError", "The term cannot end before it starts."),
    "member.replaces_self": QT_TRANSLATE_NOOP("DomainError", "A member cannot replace themselves."),
    "member.in_use": QT_TRANSLATE_NOOP("DomainError", "This member is referred to by meetings or resolutions; end their term instead of deleting them."),
    "committee.name_taken": QT_TRANSLATE_NOOP("DomainError", "A committee named {value} already exists."),
    "member.replaces_unknown": QT_TRANSLATE_NOOP("DomainError", "The member being replaced is not a member of this council."),
    "member.replacement_date": QT_TRANSLATE_NOOP("DomainError", "The new term cannot start before the term of the member being replaced ({date})."),
    "committee.unknown": QT_TRANSLATE_NOOP("DomainError", "There is no committee {value} in this council."),
    # meetings and minutes
    "meeting.number_taken": QT_TRANSLATE_NOOP("DomainError", "Meeting number {value} already exists."),
    "meeting.finalised": QT_TRANSLATE_NOOP("DomainError", "The minutes of meeting {number} are finalised and cannot be changed; add an addendum instead."),
    "meeting.not_finalised": QT_TRANSLATE_NOOP("DomainError", "Addenda can only be added to finalised minutes."),
    "meeting.not_held": QT_TRANSLATE_NOOP("DomainError", "Only a held meeting can be finalised; record the attendance first."),
    "meeting.no_quorum": QT_TRANSLATE_NOOP("DomainError", "The meeting has no quorum: {present} present, {required} needed."),
    "meeting.time_order": QT_TRANSLATE_NOOP("DomainError", "The meeting cannot end before it starts."),
    "meeting.inactive_member": QT_TRANSLATE_NOOP("DomainError", "{name} is not an active member of the council."),
    "meeting.member_not_present": QT_TRANSLATE_NOOP("DomainError", "{name} was not present at the meeting."),
    "meeting.addendum_date": QT_TRANSLATE_NOOP("DomainError", "An addendum cannot be dated before the meeting ({date})."),
    # resolutions
    "resolution.closed": QT_TRANSLATE_NOOP("DomainError", "Resolution {number} is already {status}."),
    "resolution.bad_transition": QT_TRANSLATE_NOOP("DomainError", "A resolution cannot go from {old} to {new}."),
    "resolution.follow_up_date": QT_TRANSLATE_NOOP("DomainError", "A follow-up cannot be dated before the meeting that passed the resolution ({date})."),
    # issues and demands
    "issue.bad_transition": QT_TRANSLATE_NOOP("DomainError", "An issue cannot go from {old} to {new}."),
    "issue.coordinates": QT_TRANSLATE_NOOP("DomainError", "The coordinates are not valid (latitude -90..90, longitude -180..180)."),
    "demand.answer_before_letter": QT_TRANSLATE_NOOP("DomainError", "The answer cannot be dated before the letter was sent."),
    "demand.due_before_letter": QT_TRANSLATE_NOOP("DomainError", "The due date cannot be before the letter date."),
    "demand.needs_subject": QT_TRANSLATE_NOOP("DomainError", "A demand must serve an issue or a resolution, or have a subject."),
    "demand.letter_no_taken": QT_TRANSLATE_NOOP("DomainError", "Letter number {value} has already been used."),
    "agency.name_taken": QT_TRANSLATE_NOOP("DomainError", "An agency named {value} already exists."),
    "issue.target_before_report": QT_TRANSLATE_NOOP("DomainError", "The target date cannot be before the date the issue was reported."),
    "issue.date_before_report": QT_TRANSLATE_NOOP("DomainError", "This date cannot be before the issue was reported ({reported})."),
    "issue.in_use": QT_TRANSLATE_NOOP("DomainError", "{count} demands or resolutions refer to this issue; reject it instead of deleting it."),
    "demand.bad_transition": QT_TRANSLATE_NOOP("DomainError", "A demand cannot go from {old} to {new}."),
    "demand.letter_required": QT_TRANSLATE_NOOP("DomainError", "A sent demand needs its letter number and letter date."),
    "demand.closed": QT_TRANSLATE_NOOP("DomainError", "This demand is closed and cannot be changed."),
    "agency.not_local": QT_TRANSLATE_NOOP("DomainError", "Only an agency this council added itself can be deleted; the province keeps the shared list."),
    "agency.in_use": QT_TRANSLATE_NOOP("DomainError", "{count} demands, resolutions or requests refer to this agency; it cannot be deleted."),
    # public-meeting intake
    "intake.mobile_invalid": QT_TRANSLATE_NOOP("DomainError", "The mobile number {value} is not valid: it must look like 09123456789."),
    "intake.already_handled": QT_TRANSLATE_NOOP("DomainError", "This request has already been turned into an issue or a demand."),
    # roadmap
    "roadmap.period": QT_TRANSLATE_NOOP("DomainError", "The plan period must run from a Jalali year to the same or a later one."),
    "project.progress_range": QT_TRANSLATE_NOOP("DomainError", "Progress must be between 0 and 100 percent."),
    "funding.received_over": QT_TRANSLATE_NOOP("DomainError", "More was received ({received}) than pledged ({pledged})."),
    "roadmap.bad_year": QT_TRANSLATE_NOOP("DomainError", "{value} is not a Jalali year (1300 to 1499)."),
    "roadmap.plan_in_use": QT_TRANSLATE_NOOP("DomainError", "This plan still has goals, projects or indicators; delete or move them first."),
    "roadmap.goal_in_use": QT_TRANSLATE_NOOP("DomainError", "This goal still has projects or indicators; delete or move them first."),
    "roadmap.plan_unknown": QT_TRANSLATE_NOOP("DomainError", "The plan is not one of this council's plans."),
    "roadmap.goal_unknown": QT_TRANSLATE_NOOP("DomainError", "The goal is not one of this council's goals."),
    "project.goal_plan": QT_TRANSLATE_NOOP("DomainError", "The goal belongs to another plan."),
    "funding.benefactor_source": QT_TRANSLATE_NOOP("DomainError", "A benefactor can only be named on a funding line whose source is benefactors."),
    "funding.benefactor_unknown": QT_TRANSLATE_NOOP("DomainError", "The benefactor is not one of this council's benefactors."),
    "benefactor.in_use": QT_TRANSLATE_NOOP("DomainError", "This benefactor is named on funding lines and cannot be deleted."),
    "indicator.date_taken": QT_TRANSLATE_NOOP("DomainError", "This indicator already has a measurement on {date}."),
    # import / export / backup
    "import.bad_file": QT_TRANSLATE_NOOP("DomainError", "The file {path} cannot be read: {reason}"),
    "import.bad_rows": QT_TRANSLATE_NOOP("DomainError", "{count} rows are not valid; nothing was imported."),
    "import.missing_column": QT_TRANSLATE_NOOP("DomainError", "The file has no column {column}."),
    "import.row": QT_TRANSLATE_NOOP("DomainError", "Row {row}: {reason}"),
    "import.bad_type": QT_TRANSLATE_NOOP("DomainError", "{path} is neither an .xlsx nor a .csv file."),
    "import.duplicate_column": QT_TRANSLATE_NOOP("DomainError", "The column {column} appears more than once."),
    "import.duplicate_row": QT_TRANSLATE_NOOP("DomainError", "The national ID {value} is also in row {first}."),
    "backup.not_a_backup": QT_TRANSLATE_NOOP("DomainError", "{path} is not a Dabir backup."),
    "backup.newer": QT_TRANSLATE_NOOP("DomainError", "The backup {path} was made by a newer version of Dabir; update first."),
    "backup.corrupt": QT_TRANSLATE_NOOP("DomainError", "The file {path} is damaged and cannot be used: {reason}"),
    "backup.in_use": QT_TRANSLATE_NOOP("DomainError", "The database {path} is open in another window or program; close it and try again."),
    "backup.no_database": QT_TRANSLATE_NOOP("DomainError", "There is no Dabir database at {path} to back up."),
    "backup.same_file": QT_TRANSLATE_NOOP("DomainError", "A backup cannot be written over the database itself ({path})."),
    # accounts
    "account.bad_login": QT_TRANSLATE_NOOP("DomainError", "The user name or password is wrong."),
    "account.name_taken": QT_TRANSLATE_NOOP("DomainError", "The user name {value} is already taken."),
    "account.weak_password": QT_TRANSLATE_NOOP("DomainError", "The password must be at least {min} characters."),
    "account.read_only": QT_TRANSLATE_NOOP("DomainError", "This account can only view records."),
    "account.wrong_password": QT_TRANSLATE_NOOP("DomainError", "The current password is wrong."),
    "account.last_secretary": QT_TRANSLATE_NOOP("DomainError", "At least one active secretary account must remain."),
    # settings (app.services.settings)
    "setting.bad_value": QT_TRANSLATE_NOOP("DomainError", "The value {value} is not valid here."),
    "setting.out_of_range": QT_TRANSLATE_NOOP("DomainError", "The value must be between {min} and {max}."),
    "setting.bad_url": QT_TRANSLATE_NOOP("DomainError", "The address {value} is not a valid web address; it must start with http:// or https://."),
    # integrity check (app.services.integrity)
    "check.sqlite_integrity": QT_TRANSLATE_NOOP("DomainError", "The database file is damaged: {reason}. Restore a backup."),
    "check.foreign_key": QT_TRANSLATE_NOOP("DomainError", "A record in {table} refers to a missing record in {parent}."),
    "check.search_index": QT_TRANSLATE_NOOP("DomainError", "The search index is out of date ({missing} records missing, {orphans} extra entries); a repair rebuilds it."),
    "check.member_no_residence": QT_TRANSLATE_NOOP("DomainError", "{name} is an active member with no proof of residence."),
    "check.member_bad_national_id": QT_TRANSLATE_NOOP("DomainError", "{name} has an invalid national ID ({value})."),
    "check.duplicate_national_id": QT_TRANSLATE_NOOP("DomainError", "Several members share the national ID {value}: {names}."),
    "check.duplicate_meeting_number": QT_TRANSLATE_NOOP("DomainError", "Meeting number {number} is used by {count} meetings."),
    "check.minutes_unsealed": QT_TRANSLATE_NOOP("DomainError", "The minutes of meeting {number} are finalised but carry no seal."),
    "check.minutes_seal_broken": QT_TRANSLATE_NOOP("DomainError", "The minutes of meeting {number} were changed after they were finalised: they no longer match their seal."),
    "check.resolution_orphan": QT_TRANSLATE_NOOP("DomainError", "Resolution {number} belongs to a meeting that is missing or deleted."),
    "check.demand_answer_before_letter": QT_TRANSLATE_NOOP("DomainError", "The demand «{subject}» was answered before its letter was sent."),
    "check.demand_due_before_letter": QT_TRANSLATE_NOOP("DomainError", "The demand «{subject}» is due before its letter was sent."),
    "check.more": QT_TRANSLATE_NOOP("DomainError", "…and {count} more of the same kind."),
    # command line and demo
    "cli.has_council": QT_TRANSLATE_NOOP("DomainError", "This database already holds a council ({name}); choose another file with --db."),
    "cli.restore_needs_yes": QT_TRANSLATE_NOOP("DomainError", "Restoring replaces every record in {path}; add --yes to confirm."),
    "cli.restore_cancelled": QT_TRANSLATE_NOOP("DomainError", "Restore cancelled; nothing was changed."),
    "cli.file_missing": QT_TRANSLATE_NOOP("DomainError", "The file {path} does not exist."),
    "cli.not_xlsx": QT_TRANSLATE_NOOP("DomainError", "The export file must end in .xlsx: {path}"),
    "cli.no_matches": QT_TRANSLATE_NOOP("DomainError", "Nothing matches {query}."),
    "cli.check_failed": QT_TRANSLATE_NOOP("DomainError", "The check found {count} problems."),
    "cli.not_a_database": QT_TRANSLATE_NOOP("DomainError", "{path} is not a Dabir database."),
    "cli.os_error": QT_TRANSLATE_NOOP("DomainError", "The system refused: {reason} ({path})."),
    "cli.no_folder": QT_TRANSLATE_NOOP("DomainError", "The folder {path} does not exist."),
    "demo.has_council": QT_TRANSLATE_NOOP("DomainError", "This database already holds a council ({name}); the demo needs a database without one."),
    "cli.restore_confirm": QT_TRANSLATE_NOOP("DomainError", "Restoring replaces every record in {path} with the backup {backup}. Type yes to go on:"),
}
