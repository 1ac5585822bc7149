"""The parts of the meetings page: the list and calendar, the new-meeting form, the meeting
editor and its tabs (details, agenda, attendance, discussion, resolutions, addenda), and the
printing of the minutes and the sign-in sheet. `app.ui.pages.meetings_page.MeetingsPage` puts
them together; each module here is one of those parts, small enough to read at once."""
