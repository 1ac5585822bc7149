<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../app/ui/wizard/pages.py" line="+172"/>
        <source>The secretary&apos;s account</source>
        <translation>حساب کاربری دبیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dabir asks for this password when it starts and after it locks itself on a shared PC.</source>
        <translation>دبیر هنگام باز شدن، و هر بار که روی رایانهٔ مشترک قفل شود، این گذرواژه را می‌خواهد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../app/ui/pages/accounts_panel.py" line="+27"/>
        <source>Accounts on this PC</source>
        <translation>حساب‌های کاربری این رایانه</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add account</source>
        <translation>افزودن حساب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate the chosen account</source>
        <translation>غیرفعال کردن حساب انتخاب‌شده</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>AddendaTab</name>
    <message>
        <location filename="../app/ui/pages/meeting/addenda.py" line="+101"/>
        <source>Addenda</source>
        <translation>الحاقیه‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add addendum...</source>
        <translation>افزودن الحاقیه...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Corrections to finalised minutes are added here as numbered addenda.</source>
        <translation>اصلاحات صورت‌جلسه نهایی‌شده در این‌جا به صورت الحاقیه‌های شماره‌دار افزوده می‌شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addenda can be added once the minutes are finalised; until then, correct the minutes themselves.</source>
        <translation>الحاقیه پس از نهایی شدن صورت‌جلسه افزوده می‌شود؛ تا آن زمان خود صورت‌جلسه را اصلاح کنید.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location line="-75"/>
        <source>Add an addendum</source>
        <translation>افزودن الحاقیه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The finalised minutes stay as they are; the addendum is printed after them with its own number.</source>
        <translation>صورت‌جلسه نهایی‌شده همان‌گونه که هست می‌ماند؛ الحاقیه با شماره خودش پس از آن چاپ می‌شود.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What is corrected or added, and why</source>
        <translation>چه چیزی اصلاح یا افزوده می‌شود و چرا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the addendum</source>
        <translation>افزودن الحاقیه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>AgencyPanel</name>
    <message>
        <location filename="../app/ui/pages/agency_panel.py" line="+42"/>
        <source>Find an agency...</source>
        <translation>یافتن دستگاه...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agencies</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agency</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>فرد رابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New local agency</source>
        <translation>دستگاه محلی جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save agency</source>
        <translation>ذخیره دستگاه</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The province keeps this agency&apos;s name; its contacts can be kept up to date here.</source>
        <translation>نام این دستگاه را استان تعیین می‌کند؛ اطلاعات تماس آن را اینجا به‌روز نگه دارید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An agency added here belongs to this council only.</source>
        <translation>دستگاهی که اینجا افزوده شود فقط به این شورا تعلق دارد.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../app/ui/pages/meeting/agenda.py" line="+94"/>
        <source>Agenda items</source>
        <translation>بندهای دستور جلسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename...</source>
        <translation>تغییر عنوان...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>حذف بند</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title of an agenda item</source>
        <translation>عنوان بند دستور جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as new item</source>
        <translation>افزودن بند تازه</translation>
    </message>
    <message>
        <source>Rename the chosen item</source>
        <translation type="vanished">تغییر عنوان بند انتخاب‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item title:</source>
        <translation>عنوان بند:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up of earlier resolutions (filled in by itself)</source>
        <translation>پیگیری مصوبات جلسات قبل (خودکار)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No earlier resolution is open, so there is no follow-up item.</source>
        <translation>مصوبه بازی از جلسات قبل نمانده است، پس بند پیگیری لازم نیست.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Rename agenda item</source>
        <translation>تغییر عنوان بند دستور جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New title of item {position}:</source>
        <translation>عنوان تازه بند {position}:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove agenda item</source>
        <translation>حذف بند دستور جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the item «{title}» from the agenda? Resolutions passed under it stay, no longer filed under an item.</source>
        <translation>بند «{title}» از دستور جلسه حذف شود؟ مصوبه‌های این بند می‌مانند، ولی دیگر زیر بندی ثبت نیستند.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../app/ui/pages/meeting/attendance.py" line="+82"/>
        <source>Mark everyone present</source>
        <translation>همه حاضرند</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance of the members</source>
        <translation>حضور و غیاب اعضا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Represents</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Guests (officials of agencies)</source>
        <translation>مدعوین (مسئولان دستگاه‌ها)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guests</source>
        <translation>مدعوین</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Agency</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>e.g. head of the district water office</source>
        <translation>مثلاً رئیس اداره آب ناحیه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add guest</source>
        <translation>افزودن مدعو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen guest</source>
        <translation>حذف مدعو انتخاب‌شده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residents who came are recorded on the public meeting page, not here.</source>
        <translation>حضور اهالی در صفحه ملاقات مردمی ثبت می‌شود، نه این‌جا.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../app/ui/models/table_model.py" line="+79"/>
        <source>Yes</source>
        <extracomment>role giving the value used to sort a cell (a Python object compared in Python) role giving the whole row&apos;s dataclass role giving the folded text a filter compares with</extracomment>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/audit_view.py" line="+122"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>نوع سابقه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>تغییرها</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/demand_models.py" line="+33"/>
        <location filename="../app/ui/pages/issue_detail.py" line="+53"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+16"/>
        <location filename="../app/ui/pages/intake_page.py" line="+42"/>
        <location filename="../app/ui/pages/issue_detail.py" line="+1"/>
        <location filename="../app/ui/pages/meeting/agenda.py" line="-193"/>
        <location filename="../app/ui/pages/meeting/resolutions.py" line="+37"/>
        <location filename="../app/ui/pages/resolutions_page.py" line="+44"/>
        <source>Agency</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location line="-57"/>
        <location filename="../app/ui/pages/issue_detail.py" line="+2"/>
        <source>Letter no.</source>
        <translation>شماره نامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter date</source>
        <translation>تاریخ نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/ui/pages/roadmap_models.py" line="+112"/>
        <source>Due date</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/ui/pages/issue_detail.py" line="-15"/>
        <location line="+14"/>
        <location line="+11"/>
        <location filename="../app/ui/pages/issues_page.py" line="+41"/>
        <location filename="../app/ui/pages/meeting/agenda.py" line="+2"/>
        <location filename="../app/ui/pages/meeting/resolutions.py" line="+2"/>
        <location filename="../app/ui/pages/members_page.py" line="+50"/>
        <location filename="../app/ui/pages/resolutions_page.py" line="+2"/>
        <location filename="../app/ui/pages/roadmap_models.py" line="-77"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days overdue</source>
        <translation>تأخیر (روز)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This council</source>
        <translation>این شورا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/ui/pages/meetings_view.py" line="+51"/>
        <location filename="../app/ui/pages/roadmap_models.py" line="+60"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>فرد رابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed by</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letters sent</source>
        <translation>نامه‌های ارسالی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>پاسخ‌داده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>در انتظار پاسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days to answer</source>
        <translation>میانه روزهای پاسخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean days to answer</source>
        <translation>میانگین روزهای پاسخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered on time</source>
        <translation>پاسخ به‌موقع</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Of the letters with a due date whose outcome is known</source>
        <translation>از نامه‌های مهلت‌دار که سرانجامشان روشن است</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/issue_detail.py" line="-26"/>
        <location filename="../app/ui/pages/meeting/addenda.py" line="-38"/>
        <location filename="../app/ui/pages/meetings_view.py" line="+1"/>
        <location filename="../app/ui/pages/resolution_detail.py" line="+33"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/ui/pages/roadmap_models.py" line="+80"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answer due</source>
        <translation>مهلت پاسخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/ui/pages/meeting/addenda.py" line="-1"/>
        <location filename="../app/ui/pages/meeting/agenda.py" line="-5"/>
        <location filename="../app/ui/pages/meeting/resolutions.py" line="-5"/>
        <location filename="../app/ui/pages/meetings_view.py" line="-2"/>
        <location filename="../app/ui/pages/resolutions_page.py" line="-7"/>
        <source>No.</source>
        <extracomment>the default status filter: what is still being carried out</extracomment>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/ui/pages/meeting/agenda.py" line="+1"/>
        <location filename="../app/ui/pages/meeting/resolutions.py" line="+1"/>
        <location filename="../app/ui/pages/resolutions_page.py" line="+2"/>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/ui/pages/meeting/agenda.py" line="+3"/>
        <location filename="../app/ui/pages/meeting/resolutions.py" line="+3"/>
        <location filename="../app/ui/pages/resolutions_page.py" line="+4"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/issues_page.py" line="-3"/>
        <source>Issue</source>
        <translation>مسئله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>کمیته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported on</source>
        <translation>تاریخ گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>تاریخ هدف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/meeting/addenda.py" line="+2"/>
        <source>Written by</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/meeting/agenda.py" line="-2"/>
        <location filename="../app/ui/pages/meeting/resolutions.py" line="-2"/>
        <location filename="../app/ui/pages/resolutions_page.py" line="-2"/>
        <source>Owner</source>
        <translation>مسئول پیگیری</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last report</source>
        <translation>آخرین گزارش</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/meetings_view.py" line="+3"/>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>رئیس جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>مصوبه‌ها</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts_panel.py" line="-49"/>
        <location filename="../app/ui/pages/members_overview_view.py" line="+90"/>
        <location filename="../app/ui/pages/members_page.py" line="-8"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/ui/pages/members_overview_view.py" line="+1"/>
        <location filename="../app/ui/pages/members_page.py" line="+1"/>
        <source>Role</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/members_overview_view.py" line="+1"/>
        <location filename="../app/ui/pages/members_page.py" line="+6"/>
        <source>Term ends</source>
        <translation>پایان دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>مانده</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/members_page.py" line="-5"/>
        <source>Represents</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committees</source>
        <translation>کمیته‌ها</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/intake_page.py" line="-3"/>
        <source>Resident</source>
        <translation>مراجعه‌کننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/ui/pages/members_page.py" line="+2"/>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What came of it</source>
        <translation>سرانجام درخواست</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/resolution_detail.py" line="+1"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>وضعیت جدید</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/resolutions_page.py" line="-3"/>
        <source>Meeting date</source>
        <translation>تاریخ جلسه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days late</source>
        <translation>تأخیر (روز)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/roadmap_models.py" line="-153"/>
        <location line="+12"/>
        <location line="+117"/>
        <source>Area</source>
        <translation>حوزه</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>پروژه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project</source>
        <translation>پروژه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Pledged (rials)</source>
        <translation>تعهد (ریال)</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Received (rials)</source>
        <translation>دریافتی (ریال)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>End date</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+21"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Still to come (rials)</source>
        <translation>مانده (ریال)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours pledged</source>
        <translation>ساعت تعهدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours given</source>
        <translation>ساعت انجام‌شده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} hours</source>
        <translation>{n} ساعت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pledged</source>
        <translation>تعهد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benefactor</source>
        <translation>خیّر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Milestone</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done on</source>
        <translation>تاریخ انجام</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Indicator</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>مبنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>مقدار هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>آخرین مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the way</source>
        <translation>پیشرفت تا هدف</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Measured on</source>
        <translation>تاریخ اندازه‌گیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <location filename="../app/ui/pages/members_overview_view.py" line="-62"/>
        <source>Composition of the council</source>
        <translation>ترکیب اعضای شورا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The council is complete: {n} active members.</source>
        <translation>ترکیب شورا کامل است: {n} عضو فعال.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} active members; {missing} of the expected seats are empty.</source>
        <translation>{n} عضو فعال؛ {missing} جایگاه از جایگاه‌های لازم خالی است.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{role}: nobody</source>
        <translation>{role}: تعیین نشده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{seat}: no member</source>
        <translation>{seat}: عضوی ندارد</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../app/ui/pages/dashboard_page.py" line="+145"/>
        <source>Next meeting</source>
        <translation>جلسه بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue demands</source>
        <translation>مطالبات معوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>آخرین همگام‌سازی</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue demands by agency</source>
        <translation>مطالبات معوق به تفکیک دستگاه</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+112"/>
        <source>Issues by committee</source>
        <translation>مسائل محله به تفکیک کمیته</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+118"/>
        <source>Roadmap progress by area</source>
        <translation>پیشرفت نقشه راه به تفکیک حوزه</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Click a box to open its page.</source>
        <translation>برای رفتن به صفحه هر بخش، روی کادر آن کلیک کنید.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} open</source>
        <translation>{n} مصوبه باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} overdue; {done} done of {total}</source>
        <translation>{n} معوق؛ {done} انجام‌شده از {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>letters past their due date without an answer, at {n} agencies</source>
        <translation>نامه بی‌پاسخ با مهلت گذشته، نزد {n} دستگاه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No overdue demand.</source>
        <translation>مطالبه معوقی نیست.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not synced yet</source>
        <translation>هنوز همگام‌سازی نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records are kept on this PC.</source>
        <translation>سوابق روی همین رایانه نگهداری می‌شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with the provincial server</source>
        <translation>با سامانه استانی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None scheduled</source>
        <translation>جلسه‌ای برنامه‌ریزی نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the next meeting on the meetings page.</source>
        <translation>جلسه بعدی را در صفحه جلسات برنامه‌ریزی کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at {time}</source>
        <translation>ساعت {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting No. {n} ({kind})</source>
        <translation>جلسه شماره {n} ({kind})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every agency has answered on time.</source>
        <translation>همه دستگاه‌ها به‌موقع پاسخ داده‌اند.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} letters</source>
        <translation>{n} نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oldest {days} days late</source>
        <translation>قدیمی‌ترین: {days} روز تأخیر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {n} more agencies</source>
        <translation>و {n} دستگاه دیگر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No committee</source>
        <translation>بدون کمیته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>معوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roadmap progress by area (overall {p})</source>
        <translation>پیشرفت نقشه راه به تفکیک حوزه (کل: {p})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation>پروژه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>شاخص‌ها</translation>
    </message>
</context>
<context>
    <name>DemandForm</name>
    <message>
        <location filename="../app/ui/pages/demand_form.py" line="+57"/>
        <source>Demand</source>
        <translation>مطالبه</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Agency</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>rials, if money is asked for</source>
        <translation>به ریال، اگر مبلغی درخواست می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the letter</source>
        <translation>متن نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (rials)</source>
        <translation>مبلغ (ریال)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 123/ش/1405</source>
        <translation>مثلاً ۱۲۳/ش/۱۴۰۵</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter number</source>
        <translation>شماره نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter date</source>
        <translation>تاریخ نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due by</source>
        <translation>مهلت پاسخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency&apos;s answer</source>
        <translation>پاسخ دستگاه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer</source>
        <translation>متن پاسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on</source>
        <translation>تاریخ پاسخ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft</source>
        <translation>پیش‌نویس جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the letter</source>
        <translation>ارسال نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the answer</source>
        <translation>ثبت پاسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Close the demand</source>
        <translation>بستن مطالبه</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Print the letter</source>
        <translation>چاپ نامه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the letter (Ctrl+P)</source>
        <translation>چاپ نامه (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New demand (draft, not saved yet)</source>
        <translation>مطالبه جدید (پیش‌نویس، هنوز ذخیره نشده)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand: {status}</source>
        <translation>مطالبه: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days past its due date</source>
        <translation>{n} روز از مهلت گذشته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the issue: {title}</source>
        <translation>برای مسئله: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carries out resolution {number}</source>
        <translation>در اجرای مصوبه {number}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Close this demand? Nothing more will be pressed on the agency about it.</source>
        <translation>این مطالبه بسته شود؟ پس از آن، پیگیری دیگری درباره آن از دستگاه انجام نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>DemandsPage</name>
    <message>
        <location filename="../app/ui/pages/demands_page.py" line="+52"/>
        <source>Agencies</source>
        <translation>دستگاه‌های اجرایی</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>All agencies</source>
        <translation>همه دستگاه‌ها</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Overdue only</source>
        <translation>فقط معوق‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words of the subject, letter number...</source>
        <translation>بخشی از موضوع، شماره نامه...</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Demands</source>
        <translation>مطالبات</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Days are counted from the letter&apos;s date to the answer. An agency that has not answered by the due date counts as late.</source>
        <translation>روزها از تاریخ نامه تا تاریخ پاسخ شمرده می‌شود. دستگاهی که تا پایان مهلت پاسخ نداده باشد، دیرکرد دارد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Response times</source>
        <translation>زمان پاسخ‌گویی</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{n} demands</source>
        <translation>{n} مطالبه</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a demand to print its letter.</source>
        <translation>برای چاپ نامه، ابتدا مطالبه را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter {number}</source>
        <translation>نامه {number}</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../app/ui/wizard/pages.py" line="+19"/>
        <source>The demo council</source>
        <translation>شورای نمونه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a made-up council with its records; this takes a few seconds.</source>
        <translation>یک شورای ساختگی با سوابقش ساخته می‌شود؛ چند ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing...</source>
        <translation>در حال آماده‌سازی…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The demo council is ready.</source>
        <translation>شورای نمونه آماده است.</translation>
    </message>
</context>
<context>
    <name>DiscussionTab</name>
    <message>
        <location filename="../app/ui/pages/meeting/agenda.py" line="+206"/>
        <source>Agenda items</source>
        <translation>بندهای دستور جلسه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What was said and reported under this item...</source>
        <translation>آنچه در این بند گفته و گزارش شد...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>مشروح مذاکرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add agenda items first; the discussion is written under each of them.</source>
        <translation>ابتدا بندهای دستور جلسه را بیفزایید؛ مذاکرات زیر هر بند نوشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../app/messages.py" line="+21"/>
        <source>This field is required.</source>
        <translation>پر کردن این خانه لازم است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is too long (at most {limit} characters).</source>
        <translation>این متن بیش از اندازه بلند است (حداکثر {limit} نویسه).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record was not found; it may have been deleted.</source>
        <translation>این مورد پیدا نشد؛ شاید حذف شده باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value {value} is not one of the allowed choices.</source>
        <translation>مقدار {value} جزو گزینه‌های مجاز نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is not a valid Jalali date.</source>
        <translation>تاریخ {value} یک تاریخ شمسی درست نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} does not exist: {year} is not a leap year, so Esfand has 29 days.</source>
        <translation>تاریخ {value} وجود ندارد: سال {year} کبیسه نیست و اسفند آن ۲۹ روز دارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time {value} is not valid; type it like 17:30.</source>
        <translation>ساعت {value} درست نیست؛ آن را به شکل ۱۷:۳۰ بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a number.</source>
        <translation>{value} عدد نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount cannot be negative.</source>
        <translation>مبلغ نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end cannot be before the start.</source>
        <translation>پایان نمی‌تواند پیش از شروع باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No council has been set up in this database yet.</source>
        <translation>هنوز هیچ شورایی در این پایگاه داده تعریف نشده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another council already has the identifier {value}.</source>
        <translation>شناسه {value} پیش‌تر برای شورای دیگری ثبت شده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The national ID {value} is not valid: it must be 10 digits with a correct check digit.</source>
        <translation>کد ملی {value} معتبر نیست: باید ۱۰ رقم با رقم کنترل درست باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member with the national ID {value} is already registered ({name}).</source>
        <translation>عضوی با کد ملی {value} پیش‌تر ثبت شده است ({name}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>The mobile number {value} is not valid: it must look like 09123456789.</source>
        <translation>شماره همراه {value} معتبر نیست: باید به شکل ۰۹۱۲۳۴۵۶۷۸۹ باشد.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>An active member must have proof of residence in the neighbourhood.</source>
        <translation>عضو فعال باید مدرک سکونت در محله داشته باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The term cannot end before it starts.</source>
        <translation>پایان دوره عضویت نمی‌تواند پیش از آغاز آن باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member cannot replace themselves.</source>
        <translation>هیچ عضوی نمی‌تواند جانشین خودش باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This member is referred to by meetings or resolutions; end their term instead of deleting them.</source>
        <translation>نام این عضو در جلسه‌ها یا مصوبه‌ها آمده است؛ به جای حذف، دوره عضویت او را پایان دهید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A committee named {value} already exists.</source>
        <translation>کمیته‌ای با نام {value} از قبل وجود دارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member being replaced is not a member of this council.</source>
        <translation>عضوی که جایگزین او می‌شود از اعضای این شورا نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new term cannot start before the term of the member being replaced ({date}).</source>
        <translation>دوره عضو جدید نمی‌تواند پیش از آغاز دوره عضوی که جایگزین او می‌شود ({date}) شروع شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no committee {value} in this council.</source>
        <translation>کمیته {value} در این شورا وجود ندارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting number {value} already exists.</source>
        <translation>جلسه شماره {value} از قبل ثبت شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of meeting {number} are finalised and cannot be changed; add an addendum instead.</source>
        <translation>صورت‌جلسه جلسه {number} نهایی شده و دیگر قابل تغییر نیست؛ به جای آن الحاقیه اضافه کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addenda can only be added to finalised minutes.</source>
        <translation>الحاقیه را فقط می‌توان به صورت‌جلسه نهایی‌شده افزود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a held meeting can be finalised; record the attendance first.</source>
        <translation>فقط جلسه‌ای را که برگزار شده می‌توان نهایی کرد؛ ابتدا حضور و غیاب را ثبت کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting has no quorum: {present} present, {required} needed.</source>
        <translation>جلسه به حد نصاب نرسیده است: {present} نفر حاضرند و {required} نفر لازم است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>ساعت پایان جلسه نمی‌تواند پیش از ساعت شروع آن باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an active member of the council.</source>
        <translation>{name} عضو فعال شورا نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was not present at the meeting.</source>
        <translation>{name} در این جلسه حاضر نبوده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An addendum cannot be dated before the meeting ({date}).</source>
        <translation>تاریخ الحاقیه نمی‌تواند پیش از تاریخ جلسه ({date}) باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution {number} is already {status}.</source>
        <translation>مصوبه {number} در وضعیت «{status}» است و دیگر تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A resolution cannot go from {old} to {new}.</source>
        <translation>وضعیت مصوبه را نمی‌توان از «{old}» به «{new}» تغییر داد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up cannot be dated before the meeting that passed the resolution ({date}).</source>
        <translation>تاریخ پیگیری نمی‌تواند پیش از تاریخ جلسه‌ای باشد که مصوبه را تصویب کرده است ({date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An issue cannot go from {old} to {new}.</source>
        <translation>وضعیت مسئله را نمی‌توان از «{old}» به «{new}» تغییر داد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinates are not valid (latitude -90..90, longitude -180..180).</source>
        <translation>مختصات جغرافیایی درست نیست (عرض جغرافیایی بین منفی ۹۰ و ۹۰، طول جغرافیایی بین منفی ۱۸۰ و ۱۸۰).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer cannot be dated before the letter was sent.</source>
        <translation>تاریخ پاسخ نمی‌تواند پیش از تاریخ ارسال نامه باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date cannot be before the letter date.</source>
        <translation>مهلت پاسخ نمی‌تواند پیش از تاریخ نامه باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A demand must serve an issue or a resolution, or have a subject.</source>
        <translation>مطالبه باید به یک مسئله یا مصوبه مربوط باشد یا موضوعی داشته باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter number {value} has already been used.</source>
        <translation>شماره نامه {value} پیش‌تر استفاده شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agency named {value} already exists.</source>
        <translation>دستگاهی با نام {value} از قبل وجود دارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target date cannot be before the date the issue was reported.</source>
        <translation>مهلت رسیدگی نمی‌تواند پیش از تاریخ گزارش مسئله باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date cannot be before the issue was reported ({reported}).</source>
        <translation>این تاریخ نمی‌تواند پیش از تاریخ گزارش مسئله ({reported}) باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} demands or resolutions refer to this issue; reject it instead of deleting it.</source>
        <translation>{count} مطالبه یا مصوبه به این مسئله مربوط است؛ به جای حذف، آن را رد کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A demand cannot go from {old} to {new}.</source>
        <translation>وضعیت مطالبه را نمی‌توان از «{old}» به «{new}» تغییر داد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sent demand needs its letter number and letter date.</source>
        <translation>مطالبه ارسال‌شده باید شماره نامه و تاریخ نامه داشته باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This demand is closed and cannot be changed.</source>
        <translation>این مطالبه بسته شده است و دیگر قابل تغییر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an agency this council added itself can be deleted; the province keeps the shared list.</source>
        <translation>فقط دستگاهی را که خود این شورا افزوده است می‌توان حذف کرد؛ فهرست مشترک در اختیار استان است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} demands, resolutions or requests refer to this agency; it cannot be deleted.</source>
        <translation>{count} مطالبه، مصوبه یا درخواست به این دستگاه مربوط است؛ نمی‌توان آن را حذف کرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request has already been turned into an issue or a demand.</source>
        <translation>این درخواست پیش‌تر به مسئله یا مطالبه تبدیل شده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan period must run from a Jalali year to the same or a later one.</source>
        <translation>دوره برنامه باید از یک سال شمسی تا همان سال یا سالی پس از آن باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress must be between 0 and 100 percent.</source>
        <translation>درصد پیشرفت باید بین ۰ و ۱۰۰ باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More was received ({received}) than pledged ({pledged}).</source>
        <translation>مبلغ دریافت‌شده ({received}) از مبلغ تعهدشده ({pledged}) بیشتر است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a Jalali year (1300 to 1499).</source>
        <translation>{value} سال شمسی معتبری نیست (۱۳۰۰ تا ۱۴۹۹).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan still has goals, projects or indicators; delete or move them first.</source>
        <translation>این برنامه هنوز هدف، پروژه یا شاخص دارد؛ ابتدا آن‌ها را حذف یا منتقل کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This goal still has projects or indicators; delete or move them first.</source>
        <translation>این هدف هنوز پروژه یا شاخص دارد؛ ابتدا آن‌ها را حذف یا منتقل کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan is not one of this council&apos;s plans.</source>
        <translation>این برنامه از برنامه‌های این شورا نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal is not one of this council&apos;s goals.</source>
        <translation>این هدف از اهداف این شورا نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal belongs to another plan.</source>
        <translation>این هدف به برنامه دیگری تعلق دارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A benefactor can only be named on a funding line whose source is benefactors.</source>
        <translation>نام خیّر فقط در ردیف تأمین مالی با منبع «خیّرین» ثبت می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The benefactor is not one of this council&apos;s benefactors.</source>
        <translation>این خیّر از خیّرین ثبت‌شده این شورا نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This benefactor is named on funding lines and cannot be deleted.</source>
        <translation>نام این خیّر در ردیف‌های تأمین مالی آمده است و نمی‌توان آن را حذف کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This indicator already has a measurement on {date}.</source>
        <translation>برای این شاخص در تاریخ {date} اندازه‌گیری ثبت شده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>فایل {path} خوانده نشد: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows are not valid; nothing was imported.</source>
        <translation>{count} ردیف معتبر نیست؛ هیچ موردی وارد نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no column {column}.</source>
        <translation>ستون «{column}» در فایل نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row}: {reason}</source>
        <translation>ردیف {row}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is neither an .xlsx nor a .csv file.</source>
        <translation>{path} پرونده اکسل (xlsx) یا CSV نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column {column} appears more than once.</source>
        <translation>ستون {column} بیش از یک بار آمده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The national ID {value} is also in row {first}.</source>
        <translation>کد ملی {value} در ردیف {first} هم آمده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Dabir backup.</source>
        <translation>{path} فایل پشتیبان دبیر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {path} was made by a newer version of Dabir; update first.</source>
        <translation>فایل پشتیبان {path} با نسخه تازه‌تری از دبیر ساخته شده است؛ ابتدا برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is damaged and cannot be used: {reason}</source>
        <translation>فایل {path} آسیب دیده است و قابل استفاده نیست: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {path} is open in another window or program; close it and try again.</source>
        <translation>پایگاه داده {path} در پنجره یا برنامه دیگری باز است؛ آن را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Dabir database at {path} to back up.</source>
        <translation>در {path} پایگاه داده‌ای از دبیر برای پشتیبان‌گیری وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup cannot be written over the database itself ({path}).</source>
        <translation>نسخه پشتیبان را نمی‌توان روی خود پایگاه داده ({path}) نوشت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or password is wrong.</source>
        <translation>نام کاربری یا گذرواژه نادرست است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name {value} is already taken.</source>
        <translation>نام کاربری {value} پیش‌تر گرفته شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must be at least {min} characters.</source>
        <translation>گذرواژه باید دست‌کم {min} نویسه باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account can only view records.</source>
        <translation>این حساب فقط اجازه دیدن اطلاعات را دارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>گذرواژه فعلی نادرست است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least one active secretary account must remain.</source>
        <translation>دست‌کم یک حساب دبیر فعال باید باقی بماند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value {value} is not valid here.</source>
        <translation>مقدار {value} در اینجا معتبر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value must be between {min} and {max}.</source>
        <translation>مقدار باید بین {min} و {max} باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address {value} is not a valid web address; it must start with http:// or https://.</source>
        <translation>نشانی {value} نشانی اینترنتی معتبری نیست؛ باید با http:// یا https:// شروع شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged: {reason}. Restore a backup.</source>
        <translation>فایل پایگاه داده آسیب دیده است: {reason}. یک نسخه پشتیبان را بازگردانی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record in {table} refers to a missing record in {parent}.</source>
        <translation>یکی از رکوردهای {table} به رکوردی در {parent} اشاره می‌کند که وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search index is out of date ({missing} records missing, {orphans} extra entries); a repair rebuilds it.</source>
        <translation>نمایه جست‌وجو به‌روز نیست ({missing} مورد جاافتاده و {orphans} مورد اضافه)؛ ترمیم، آن را از نو می‌سازد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is an active member with no proof of residence.</source>
        <translation>{name} عضو فعال است اما مدرک سکونت ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has an invalid national ID ({value}).</source>
        <translation>کد ملی {name} ({value}) معتبر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several members share the national ID {value}: {names}.</source>
        <translation>چند عضو کد ملی {value} را دارند: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting number {number} is used by {count} meetings.</source>
        <translation>شماره جلسه {number} برای {count} جلسه به کار رفته است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of meeting {number} are finalised but carry no seal.</source>
        <translation>صورت‌جلسه جلسه {number} نهایی شده اما مهر تأیید ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes of meeting {number} were changed after they were finalised: they no longer match their seal.</source>
        <translation>صورت‌جلسه جلسه {number} پس از نهایی شدن تغییر کرده است و دیگر با مهر تأیید آن یکی نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution {number} belongs to a meeting that is missing or deleted.</source>
        <translation>مصوبه {number} به جلسه‌ای تعلق دارد که وجود ندارد یا حذف شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demand «{subject}» was answered before its letter was sent.</source>
        <translation>مطالبه «{subject}» پیش از ارسال نامه‌اش پاسخ گرفته است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demand «{subject}» is due before its letter was sent.</source>
        <translation>مهلت پاسخ مطالبه «{subject}» پیش از تاریخ ارسال نامه‌اش است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and {count} more of the same kind.</source>
        <translation>…و {count} مورد دیگر از همین نوع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database already holds a council ({name}); choose another file with --db.</source>
        <translation>در این پایگاه داده از قبل شورایی ({name}) ثبت شده است؛ با --db فایل دیگری را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring replaces every record in {path}; add --yes to confirm.</source>
        <translation>بازگردانی نسخه پشتیبان همه اطلاعات {path} را جایگزین می‌کند؛ برای تأیید --yes را اضافه کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>بازگردانی لغو شد؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} does not exist.</source>
        <translation>فایل {path} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export file must end in .xlsx: {path}</source>
        <translation>نام فایل خروجی باید به .xlsx ختم شود: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches {query}.</source>
        <translation>موردی برای «{query}» پیدا نشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check found {count} problems.</source>
        <translation>بررسی {count} مشکل پیدا کرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Dabir database.</source>
        <translation>{path} پایگاه داده دبیر نیست.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system refused: {reason} ({path}).</source>
        <translation>سیستم اجازه نداد: {reason} ({path}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {path} does not exist.</source>
        <translation>پوشه {path} وجود ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds a council ({name}); the demo needs a database without one.</source>
        <translation>در این پایگاه داده از قبل شورایی ({name}) ثبت شده است؛ نمونه آزمایشی فقط در پایگاه داده‌ای بدون شورا ساخته می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring replaces every record in {path} with the backup {backup}. Type yes to go on:</source>
        <translation>بازگردانی، همه اطلاعات {path} را با نسخه پشتیبان {backup} جایگزین می‌کند. برای ادامه yes را بنویسید:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/ui/i18n.py" line="+78"/>
        <source>The file could not be read or written: {reason}</source>
        <translation>خواندن یا نوشتن پرونده ممکن نشد: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong and nothing was saved. Details: {detail}</source>
        <translation>اشکالی پیش آمد و چیزی ذخیره نشد. جزئیات: {detail}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../app/ui/wizard/first_run.py" line="+54"/>
        <source>Dabir: first start</source>
        <translation>دبیر: راه‌اندازی نخست</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <location filename="../app/ui/pages/roadmap_funding.py" line="+32"/>
        <source>Funding by source</source>
        <translation>تأمین مالی به تفکیک منبع</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budget of the projects: {budget} rials; pledged {pledged}, received {received} rials; volunteer hours pledged {hours_p}, given {hours_r}.</source>
        <translation>بودجه پروژه‌ها: {budget} ریال؛ تعهد {pledged} و دریافتی {received} ریال؛ کار داوطلبانه: {hours_p} ساعت تعهد، {hours_r} ساعت انجام‌شده.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pledged</source>
        <translation>تعهد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged and received by source (million rials)</source>
        <translation>تعهد و دریافتی هر منبع (میلیون ریال)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../app/ui/dialogs/member_import_dialog.py" line="+27"/>
        <source>Import members: preview</source>
        <translation>ورود اعضا: پیش‌نمایش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: {name}</source>
        <translation>پرونده: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns not recognised (ignored): {names}</source>
        <translation>ستون‌های ناشناخته (نادیده گرفته می‌شوند): {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>اشکال</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import {n} rows</source>
        <translation>ورود {n} ردیف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing will be imported until these rows are corrected in the file: an import adds every row or none.</source>
        <translation>تا این ردیف‌ها در پرونده اصلاح نشوند چیزی وارد نمی‌شود: ورود اطلاعات یا همه ردیف‌ها را ثبت می‌کند یا هیچ‌کدام را.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{ok} rows are valid: {created} new members, {updated} to update, {unchanged} unchanged. {bad} rows have problems.</source>
        <translation>{ok} ردیف درست است: {created} عضو جدید، {updated} به‌روزرسانی، {unchanged} بدون تغییر. {bad} ردیف اشکال دارد.</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <location filename="../app/ui/pages/roadmap_indicators.py" line="+42"/>
        <source>Indicators</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+75"/>
        <source>Choose an indicator</source>
        <translation>یک شاخص را انتخاب کنید</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Measurements</source>
        <translation>اندازه‌گیری‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New measurement</source>
        <translation>اندازه‌گیری جدید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note (optional)</source>
        <translation>یادداشت (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unit: {unit}</source>
        <translation>واحد: {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline {value}</source>
        <translation>مبنا {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target {value}</source>
        <translation>هدف {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target met</source>
        <translation>هدف محقق شده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measured ({unit})</source>
        <translation>اندازه‌گیری‌شده ({unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>مبنا</translation>
    </message>
</context>
<context>
    <name>IntakeForms</name>
    <message>
        <location filename="../app/ui/dialogs/intake_dialogs.py" line="+31"/>
        <source>Answered on the spot</source>
        <translation>پاسخ در محل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer given</source>
        <translation>پاسخ داده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>پاسخ‌دهنده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn into an issue</source>
        <translation>تبدیل به مسئله</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no committee)</source>
        <translation>(بدون کمیته)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the issue</source>
        <translation>عنوان مسئله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>کمیته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn into a demand</source>
        <translation>تبدیل به مطالبه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agency</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../app/ui/pages/intake_page.py" line="+39"/>
        <source>Public meeting</source>
        <translation>ملاقات مردمی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold a public meeting today</source>
        <translation>برگزاری ملاقات مردمی امروز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public meeting:</source>
        <translation>ملاقات مردمی:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New request (Enter saves and starts the next one)</source>
        <translation>درخواست جدید (با Enter ذخیره می‌شود و نوبت نفر بعد است)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the resident asks for</source>
        <translation>خواسته مراجعه‌کننده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the official who took it</source>
        <translation>مسئولی که درخواست را گرفت</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Agency</source>
        <translation>دستگاه مربوط</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save (Enter)</source>
        <translation>ذخیره (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident&apos;s name</source>
        <translation>نام مراجعه‌کننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>پاسخ‌دهنده</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Requests at this meeting</source>
        <translation>درخواست‌های این جلسه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered on the spot...</source>
        <translation>پاسخ در محل...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn into an issue...</source>
        <translation>تبدیل به مسئله...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn into a demand...</source>
        <translation>تبدیل به مطالبه...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests are kept with the meeting; an issue or demand made from one remembers the resident who asked.</source>
        <translation>درخواست‌ها همراه جلسه نگهداری می‌شوند؛ مسئله یا مطالبه‌ای که از درخواستی ساخته شود، نام درخواست‌کننده را به یاد دارد.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Meeting {n}, {date}</source>
        <translation>جلسه {n}، {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No public meeting yet.</source>
        <translation>هنوز ملاقات مردمی‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} requests, {p} still pending</source>
        <translation>{n} درخواست، {p} در انتظار</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the public meeting first.</source>
        <translation>ابتدا جلسه ملاقات مردمی را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recorded: {name}</source>
        <translation>ثبت شد: {name}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Now an issue: {title}</source>
        <translation>به‌عنوان مسئله ثبت شد: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now a draft demand: {subject}</source>
        <translation>پیش‌نویس مطالبه ساخته شد: {subject}</translation>
    </message>
</context>
<context>
    <name>IssueChooser</name>
    <message>
        <location filename="../app/ui/widgets/issue_picker.py" line="+27"/>
        <source>Choose an issue</source>
        <translation>انتخاب مسئله محله</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words of the issue&apos;s title or address...</source>
        <translation>کلماتی از عنوان یا نشانی مسئله...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching issues</source>
        <translation>مسائل یافته‌شده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link this issue</source>
        <translation>پیوند با این مسئله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Only the newest {n} are shown; type more words.</source>
        <translation>فقط {n} مورد تازه‌تر نشان داده شده است؛ کلمات بیشتری بنویسید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No issue matches.</source>
        <translation>مسئله‌ای پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>IssueDetail</name>
    <message>
        <location filename="../app/ui/pages/issue_detail.py" line="+20"/>
        <source>Edit this issue</source>
        <translation>ویرایش این مسئله</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demands</source>
        <translation>مطالبه‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolutions</source>
        <translation>مصوبه‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the status</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what happened (optional for a status change)</source>
        <translation>چه شد (برای تغییر وضعیت اختیاری است)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note only</source>
        <translation>فقط ثبت یادداشت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New status</source>
        <translation>وضعیت جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an issue in the list to see its history, demands and resolutions.</source>
        <translation>برای دیدن سابقه، مطالبه‌ها و مصوبه‌ها، مسئله‌ای را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status: {status}</source>
        <translation>وضعیت: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority: {p} · Committee: {c}</source>
        <translation>اولویت: {p} · کمیته: {c}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported on {date} ({source}{by})</source>
        <translation>گزارش در {date} ({source}{by})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target date: {date}</source>
        <translation>تاریخ هدف: {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address: {a}</source>
        <translation>نشانی: {a}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past its target date</source>
        <translation>از تاریخ هدف گذشته است</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demands ({n})</source>
        <translation>مطالبه‌ها ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions ({n})</source>
        <translation>مصوبه‌ها ({n})</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <location filename="../app/ui/pages/issue_form.py" line="+37"/>
        <location line="+64"/>
        <source>New issue</source>
        <translation>مسئله جدید</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>e.g. broken street lights in Lale alley</source>
        <translation>مثلاً خرابی چراغ‌های کوچه لاله</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <source>No committee</source>
        <translation>بدون کمیته</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>کمیته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came from</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>گزارش‌دهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>تاریخ گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>تاریخ هدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location on the map</source>
        <translation>موقعیت روی نقشه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New issue (Ctrl+N)</source>
        <translation>مسئله جدید (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit: {title}</source>
        <translation>ویرایش: {title}</translation>
    </message>
</context>
<context>
    <name>IssuePicker</name>
    <message>
        <location filename="../app/ui/widgets/issue_picker.py" line="+23"/>
        <source>No issue linked</source>
        <translation>به مسئله‌ای پیوند ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose...</source>
        <translation>انتخاب...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No issue</source>
        <translation>بدون مسئله</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <location filename="../app/ui/pages/issues_page.py" line="+44"/>
        <source>New issue (Ctrl+N)</source>
        <translation>مسئله جدید (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Neighbourhood issues</source>
        <translation>مسائل محله</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>فرم ثبت و ویرایش</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search title, address, reporter (Ctrl+F)</source>
        <translation>جستجوی عنوان، نشانی، گزارش‌دهنده (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>All committees</source>
        <translation>همه کمیته‌ها</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>All priorities</source>
        <translation>همه اولویت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>فقط معوق‌ها</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No committee</source>
        <translation>بدون کمیته</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} issues</source>
        <translation>{n} مسئله</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Issue updated.</source>
        <translation>مسئله به‌روز شد.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Issue saved: {title}</source>
        <translation>مسئله ذخیره شد: {title}</translation>
    </message>
</context>
<context>
    <name>JalaliDateEdit</name>
    <message>
        <location filename="../app/ui/widgets/jalali_date_edit.py" line="+48"/>
        <source>e.g. 1405/08/24</source>
        <translation>مثلاً ۱۴۰۵/۰۸/۲۴</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>انتخاب از تقویم (Alt+پایین)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../app/ui/login_dialog.py" line="+29"/>
        <source>Dabir: log in</source>
        <translation>دبیر: ورود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dabir</source>
        <translation>دبیر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The program was locked because nobody used it for a while. Log in to go on.</source>
        <translation>برنامه قفل شد چون مدتی کسی با آن کار نکرد. برای ادامه وارد شوید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit the program</source>
        <translation>خروج از برنامه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="+51"/>
        <source>Sections</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Locked</source>
        <translation>قفل است</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Sync: not set up</source>
        <translation>همگام‌سازی: راه‌اندازی نشده</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} (demo)</source>
        <translation>{name} (نمونه)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logged in: {name}</source>
        <translation>کاربر: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dabir - {council}</source>
        <translation>دبیر - {council}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dabir</source>
        <translation>دبیر</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not done</source>
        <translation>انجام نشد</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../app/ui/pages/meeting/editor.py" line="+64"/>
        <source>Back to the meetings</source>
        <extracomment>left-to-right marks keep a code like «135Y-50WV-77» in one piece inside Persian text</extracomment>
        <translation>بازگشت به فهرست جلسات</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda</source>
        <translation>دستور جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>حضور و غیاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>مذاکرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addenda</source>
        <translation>الحاقیه‌ها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the minutes (Ctrl+P)</source>
        <translation>چاپ صورت‌جلسه (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sign-in sheet</source>
        <translation>چاپ برگه امضای حاضران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the minutes...</source>
        <translation>نهایی کردن صورت‌جلسه...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add addendum...</source>
        <translation>افزودن الحاقیه...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete meeting...</source>
        <translation>حذف جلسه...</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Meeting {number} — {kind} — {date}</source>
        <translation>جلسه {number} — {kind} — {date}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These minutes are finalised and cannot be changed.</source>
        <translation>این صورت‌جلسه نهایی شده و قابل تغییر نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code: {code} — finalised on {when}. Corrections can only be added as addenda.</source>
        <translation>کد تأیید: {code} — نهایی‌شده در {when}. اصلاحات فقط به صورت الحاقیه افزوده می‌شود.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Finalise the minutes</source>
        <translation>نهایی کردن صورت‌جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the minutes of meeting {number}?</source>
        <translation>صورت‌جلسه جلسه {number} نهایی شود؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalising seals the minutes. After that nothing in them can be changed — not the particulars, the agenda, the attendance, the discussion or the resolutions — and this cannot be undone. Corrections can only be added as numbered addenda. The printed minutes will carry a verification code.</source>
        <translation>با نهایی شدن، صورت‌جلسه مهر و موم می‌شود. از آن پس هیچ چیز آن — نه مشخصات، نه دستور جلسه، نه حضور و غیاب، نه مذاکرات و نه مصوبات — قابل تغییر نیست و این کار برگشت‌پذیر نیست. اصلاحات فقط به صورت الحاقیه‌های شماره‌دار افزوده می‌شود. صورت‌جلسه چاپی کد تأیید خواهد داشت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finalise, it cannot be undone</source>
        <translation>نهایی شود؛ برگشت‌پذیر نیست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The minutes are finalised. Verification code: {code}</source>
        <translation>صورت‌جلسه نهایی شد. کد تأیید: {code}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete meeting</source>
        <translation>حذف جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete meeting {number} with its agenda, attendance and resolutions? Its number will not be used again.</source>
        <translation>جلسه {number} همراه با دستور جلسه، حضور و غیاب و مصوبه‌هایش حذف شود؟ شماره آن دیگر به کار نمی‌رود.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/meeting/printing.py" line="+36"/>
        <source>Sign-in sheet of meeting {number}</source>
        <translation>برگه امضای حاضران جلسه {number}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Minutes of meeting {number}</source>
        <translation>صورت‌جلسه جلسه {number}</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../app/ui/pages/meeting/form.py" line="+52"/>
        <source>e.g. 17:30</source>
        <translation>مثلاً ۱۷:۳۰</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. the mosque&apos;s library</source>
        <translation>مثلاً کتابخانه مسجد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting number</source>
        <translation>شماره جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at</source>
        <translation>ساعت شروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends at</source>
        <translation>ساعت پایان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>محل برگزاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>رئیس جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute-taker</source>
        <translation>دبیر جلسه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A few lines on the meeting as a whole</source>
        <translation>چند خط درباره کل جلسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../app/ui/pages/meetings_view.py" line="-16"/>
        <source>{start} to {end}</source>
        <extracomment>state -&gt; (text colour, calendar day background)</extracomment>
        <translation>{start} تا {end}</translation>
    </message>
</context>
<context>
    <name>MeetingsBrowser</name>
    <message>
        <location line="+53"/>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find by place, chair or number...</source>
        <translation>جست‌وجو با محل، رئیس جلسه یا شماره...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New meeting (Ctrl+N)</source>
        <translation>جلسه جدید (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>سال:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All years</source>
        <translation>همه سال‌ها</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{n} meetings</source>
        <translation>{n} جلسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {n} meetings</source>
        <translation>{shown} از {n} جلسه</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Double-click a day to open its meeting, or to schedule a new one on that day.</source>
        <translation>با دوبار کلیک روی یک روز، جلسه آن روز باز می‌شود؛ اگر جلسه‌ای نداشته باشد، جلسه تازه‌ای برای همان روز برنامه‌ریزی می‌شود.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meetings of the month</source>
        <translation>جلسات ماه</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Meetings of {month}: {n}</source>
        <translation>جلسات {month}: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting {number} — {kind} — {state}</source>
        <translation>جلسه {number} — {kind} — {state}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No meeting this month.</source>
        <translation>در این ماه جلسه‌ای نیست.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../app/ui/pages/meetings_page.py" line="+86"/>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting has changes that are not saved yet.</source>
        <translation>این جلسه تغییراتی دارد که هنوز ذخیره نشده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them</source>
        <translation>ذخیره شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop them</source>
        <translation>کنار گذاشته شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay here</source>
        <translation>همین‌جا بمان</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose a meeting to print its minutes.</source>
        <translation>برای چاپ صورت‌جلسه، ابتدا یک جلسه را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../app/ui/pages/member_form.py" line="+39"/>
        <location line="+105"/>
        <source>New member</source>
        <translation>عضو جدید</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>10 digits</source>
        <translation>۱۰ رقم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. lease, utility bill</source>
        <translation>مثلاً اجاره‌نامه، قبض آب یا برق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of residence</source>
        <translation>مدرک سکونت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term start</source>
        <translation>شروع دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term end</source>
        <translation>پایان دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment letter no.</source>
        <translation>شماره حکم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment letter date</source>
        <translation>تاریخ حکم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces</source>
        <translation>جانشینِ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committees</source>
        <translation>کمیته‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty the form</source>
        <translation>فرم خالی</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Edit: {name}</source>
        <translation>ویرایش: {name}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../app/ui/pages/members_page.py" line="+38"/>
        <source>New member (Ctrl+N)</source>
        <translation>عضو جدید (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from file...</source>
        <translation>ورود از پرونده...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export...</source>
        <translation>خروجی...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composition check</source>
        <translation>بررسی ترکیب شورا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms ending soon</source>
        <translation>دوره‌های رو به پایان</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Search name, national ID or mobile (Ctrl+F)</source>
        <translation>جستجوی نام، کد ملی یا تلفن همراه (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All roles</source>
        <translation>همه سمت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All constituencies</source>
        <translation>همه نمایندگی‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>All committees</source>
        <translation>همه کمیته‌ها</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} members</source>
        <translation>{n} عضو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {n} members</source>
        <translation>{shown} از {n} عضو</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} saved.</source>
        <translation>{name} ذخیره شد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the members file</source>
        <translation>پرونده اعضا را انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>صفحه‌گسترده (*.xlsx *.csv);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Checking the file...</source>
        <translation>در حال بررسی پرونده...</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Importing...</source>
        <translation>در حال ورود اطلاعات...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import done: {created} added, {updated} updated.</source>
        <translation>ورود اطلاعات انجام شد: {created} عضو افزوده و {updated} عضو به‌روز شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the members</source>
        <translation>خروجی فهرست اعضا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>اکسل (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Exporting...</source>
        <translation>در حال خروجی گرفتن...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} members written to {file}.</source>
        <translation>{n} عضو در {file} نوشته شد.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not done</source>
        <translation>انجام نشد</translation>
    </message>
</context>
<context>
    <name>MobileEdit</name>
    <message>
        <location filename="../app/ui/widgets/number_edit.py" line="+74"/>
        <source>e.g. 09123456789</source>
        <translation>مثلاً ۰۹۱۲۳۴۵۶۷۸۹</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../app/ui/pages/settings_page.py" line="+29"/>
        <source>Settings and backup</source>
        <translation>تنظیمات و پشتیبان</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sync_page.py" line="+38"/>
        <source>Sync</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_page.py" line="-161"/>
        <source>Dashboard</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/demands_page.py" line="-201"/>
        <source>Agencies and demands</source>
        <translation>دستگاه‌ها و مطالبات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/issues_page.py" line="-162"/>
        <source>Neighbourhood issues</source>
        <translation>مسائل محله</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/meetings_page.py" line="-103"/>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/members_page.py" line="-283"/>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/resolutions_page.py" line="+26"/>
        <source>Resolutions register</source>
        <translation>دفتر مصوبات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/roadmap_page.py" line="+40"/>
        <source>Development roadmap</source>
        <translation>نقشه راه توسعه</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/search_page.py" line="+37"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/intake_page.py" line="-206"/>
        <source>Public meeting intake</source>
        <translation>ملاقات مردمی</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../app/ui/pages/meeting/form.py" line="+94"/>
        <source>New meeting</source>
        <translation>جلسه جدید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agenda item that follows up earlier resolutions is added by itself.</source>
        <translation>بند «پیگیری مصوبات جلسات قبل» خودبه‌خود به دستور جلسه افزوده می‌شود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schedule the meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../app/ui/widgets/pdf_preview.py" line="+36"/>
        <source>Print preview</source>
        <translation>پیش‌نمایش چاپ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print...</source>
        <translation>چاپ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF...</source>
        <translation>ذخیره به‌صورت PDF...</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not printed</source>
        <translation>چاپ نشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be opened.</source>
        <translation>چاپگر در دسترس نیست.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../app/ui/wizard/pages.py" line="-127"/>
        <source>Your council</source>
        <translation>شورای شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the council is, as the province&apos;s letters name it.</source>
        <translation>محل شورا، همان‌گونه که در نامه‌های استان آمده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the council</source>
        <translation>ساختن شورا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>as in the province&apos;s letter, e.g. ARD-054</source>
        <translation>مطابق نامهٔ استان، مثلاً ARD-054</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City or village</source>
        <translation>شهر یا روستا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbourhood</source>
        <translation>محله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council identifier</source>
        <translation>شناسهٔ شورا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded on</source>
        <translation>تاریخ تشکیل</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <location filename="../app/ui/pages/roadmap_projects.py" line="+58"/>
        <location line="+6"/>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record progress</source>
        <translation>ثبت پیشرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far it has come:</source>
        <translation>میزان پیشرفت:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the project</source>
        <translation>ویرایش پروژه</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Milestones</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a milestone</source>
        <translation>افزودن مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as done today</source>
        <translation>ثبت انجام در امروز</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Funding</source>
        <translation>تأمین مالی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a funding line</source>
        <translation>افزودن ردیف تأمین مالی</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a project</source>
        <translation>یک پروژه را انتخاب کنید</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goal: {goal}</source>
        <translation>هدف: {goal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {start} to {end}</source>
        <translation>از {start} تا {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget: {amount} rials</source>
        <translation>بودجه: {amount} ریال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledged {pledged}, received {received} rials</source>
        <translation>تعهد {pledged}، دریافتی {received} ریال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past its end date and not finished.</source>
        <translation>از تاریخ پایانش گذشته و هنوز تمام نشده است.</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <location line="+69"/>
        <source>Projects</source>
        <translation>پروژه‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New project</source>
        <translation>پروژه جدید</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{n} projects, {p} done overall (weighted by budget)</source>
        <translation>{n} پروژه؛ پیشرفت کل {p} (وزن‌دهی بر پایه بودجه)</translation>
    </message>
</context>
<context>
    <name>QuorumIndicator</name>
    <message>
        <location filename="../app/ui/pages/meeting/attendance.py" line="-92"/>
        <source>met</source>
        <translation>دارد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not met</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum: {present} of {total} — {verdict}</source>
        <translation>حد نصاب: {present} از {total} — {verdict}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least {required} of the {total} members must attend.</source>
        <translation>دست‌کم {required} نفر از {total} عضو باید حاضر باشند.</translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <location filename="../app/ui/dialogs/record_detail.py" line="+69"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>دوره عضویت</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>مسئول پیگیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Agency</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>کمیته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>تاریخ گزارش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>مهلت پاسخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged (rials)</source>
        <translation>تعهد (ریال)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received (rials)</source>
        <translation>دریافتی (ریال)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>تاریخ پایان</translation>
    </message>
</context>
<context>
    <name>ResolutionDetail</name>
    <message>
        <location filename="../app/ui/pages/resolution_detail.py" line="+26"/>
        <source>Change the status</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>why, or what was reported</source>
        <translation>دلیل یا گزارش ارائه‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New status</source>
        <translation>وضعیت جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add a follow-up</source>
        <translation>ثبت پیگیری</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add follow-up</source>
        <translation>ثبت پیگیری</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a resolution in the register to see its follow-ups.</source>
        <translation>برای دیدن پیگیری‌ها، مصوبه‌ای را در دفتر انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Resolution {number}</source>
        <translation>مصوبه {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting {n} on {date}</source>
        <translation>جلسه {n} در {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner: {name}</source>
        <translation>مسئول پیگیری: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency: {name}</source>
        <translation>دستگاه: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline: {date}</source>
        <translation>مهلت: {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {status}</source>
        <translation>وضعیت: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days past the deadline</source>
        <translation>{n} روز از مهلت گذشته است</translation>
    </message>
</context>
<context>
    <name>ResolutionsPage</name>
    <message>
        <location filename="../app/ui/pages/resolutions_page.py" line="+12"/>
        <source>Print the register (Ctrl+P)</source>
        <translation>چاپ دفتر مصوبات (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search the text or a number like 12/3</source>
        <translation>جستجوی متن یا شماره‌ای مانند ۱۲/۳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or in progress</source>
        <translation>باز یا در حال اجرا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any owner</source>
        <translation>هر مسئول پیگیری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any agency</source>
        <translation>هر دستگاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>فقط معوق‌ها</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+87"/>
        <source>Resolutions register</source>
        <translation>دفتر مصوبات</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{n} resolutions</source>
        <translation>{n} مصوبه</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resolution {number} updated.</source>
        <translation>مصوبه {number} به‌روز شد.</translation>
    </message>
</context>
<context>
    <name>ResolutionsTab</name>
    <message>
        <location filename="../app/ui/pages/meeting/resolutions.py" line="+30"/>
        <source>Resolutions of the meeting</source>
        <translation>مصوبات جلسه</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the council decided, and what is to be done</source>
        <translation>آنچه شورا تصویب کرد و کاری که باید انجام شود</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text</source>
        <translation>متن مصوبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner (member)</source>
        <translation>مسئول پیگیری (عضو)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>بند دستور جلسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>مسئله محله</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New resolution</source>
        <translation>مصوبه جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save resolution</source>
        <translation>ذخیره مصوبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Delete resolution</source>
        <translation>حذف مصوبه</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Unsaved resolution</source>
        <translation>مصوبه ذخیره‌نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resolution being written has not been saved. Drop what was typed?</source>
        <translation>مصوبه‌ای که در حال نوشتن است ذخیره نشده است. آنچه نوشته شده کنار گذاشته شود؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolution {number}</source>
        <translation>مصوبه {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New resolution {number}</source>
        <translation>مصوبه جدید {number}</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Delete resolution {number}? The later resolutions of this meeting move up one number.</source>
        <translation>مصوبه {number} حذف شود؟ شماره مصوبه‌های بعدی این جلسه یکی جلو می‌آید.</translation>
    </message>
</context>
<context>
    <name>RoadmapForms</name>
    <message>
        <location filename="../app/ui/dialogs/roadmap_dialogs.py" line="+44"/>
        <source>e.g. 1404</source>
        <translation>مثلاً ۱۴۰۴</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit the plan</source>
        <translation>ویرایش برنامه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New roadmap plan</source>
        <translation>برنامه جدید نقشه راه</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>First year</source>
        <translation>سال شروع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last year</source>
        <translation>سال پایان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved on</source>
        <translation>تاریخ تصویب</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+24"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>New goal</source>
        <translation>هدف جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Development area</source>
        <translation>حوزه توسعه</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Edit the project</source>
        <translation>ویرایش پروژه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New project</source>
        <translation>پروژه جدید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no goal)</source>
        <translation>(بدون هدف)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget (rials)</source>
        <translation>بودجه (ریال)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New milestone</source>
        <translation>مرحله جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>تاریخ انجام</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New funding line</source>
        <translation>ردیف تأمین مالی جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rials (hours for volunteer work)</source>
        <translation>ریال (برای کار داوطلبانه: ساعت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledged</source>
        <translation>تعهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received so far</source>
        <translation>دریافتی تا امروز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefactor</source>
        <translation>خیّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <location filename="../app/ui/pages/roadmap_page.py" line="+16"/>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New plan</source>
        <translation>برنامه جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the plan</source>
        <translation>ویرایش برنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>برنامه:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New goal</source>
        <translation>هدف جدید</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Projects</source>
        <translation>پروژه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding by source</source>
        <translation>تأمین مالی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No plan yet: start one with «New plan».</source>
        <translation>هنوز برنامه‌ای نیست؛ با «برنامه جدید» آغاز کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Years {start} to {end}</source>
        <translation>سال‌های {start} تا {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved {date}</source>
        <translation>مصوب {date}</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../app/ui/pages/search_page.py" line="+13"/>
        <source>Search members, meetings, resolutions, issues, demands, projects... (Ctrl+F)</source>
        <translation>جستجو در اعضا، جلسات، مصوبات، مسائل، مطالبات و پروژه‌ها... (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Found</source>
        <translation>یافته‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the words are</source>
        <translation>جای واژه‌ها در متن</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search results</source>
        <translation>نتایج جستجو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or a double click opens the record. Words are found by their beginning: «مدرس» finds «مدرسه».</source>
        <translation>با Enter یا دوبار کلیک، سابقه باز می‌شود. واژه‌ها از ابتدایشان یافته می‌شوند: «مدرس» «مدرسه» را هم می‌یابد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neighbourhood issues</source>
        <translation>مسائل محله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demands</source>
        <translation>مطالبات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>پروژه‌ها</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>… {n} more {kind}</source>
        <translation>… {n} مورد دیگر در {kind}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} records found</source>
        <translation>{n} سابقه یافت شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for «{query}».</source>
        <translation>برای «{query}» چیزی یافت نشد.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/ui/pages/settings_page.py" line="+23"/>
        <source>Language and locking</source>
        <translation>زبان و قفل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Dabir starts.</source>
        <translation>زبان تازه از دفعهٔ بعد که دبیر باز شود اعمال می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after no use for</source>
        <translation>قفل پس از بی‌کاری به مدت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a backup automatically when Dabir starts and closes</source>
        <translation>هنگام باز و بسته شدن دبیر، خودکار پشتیبان گرفته شود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups kept</source>
        <translation>تعداد پشتیبان‌های خودکار نگه‌داشته‌شده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose...</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+90"/>
        <source>Folder of automatic backups</source>
        <translation>پوشهٔ پشتیبان‌های خودکار</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Save settings</source>
        <translation>ذخیرهٔ تنظیمات</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>Not available in this version yet.</source>
        <translation>در این نسخه هنوز در دسترس نیست.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Backup</source>
        <translation>پشتیبان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a copy of all records on a USB stick or another disk. A backup is one file; restoring it replaces every record on this PC with the ones in the file.</source>
        <translation>یک نسخه از همهٔ سوابق را روی فلش یا دیسکی دیگر نگه دارید. پشتیبان یک پرونده است؛ بازگردانی آن همهٔ سوابق این رایانه را با سوابق آن پرونده جایگزین می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now...</source>
        <translation>همین حالا پشتیبان بگیر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup...</source>
        <translation>بازگردانی از پشتیبان…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Dabir backups (*.db);;All files (*)</source>
        <translation>پشتیبان‌های دبیر (*.db);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The records as they were before are kept in {path}.</source>
        <translation>سوابق پیش از بازگردانی در {path} نگه داشته شد.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Audit log: who changed what</source>
        <translation>گزارش تغییرات: چه کسی چه چیزی را تغییر داد</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language applies when Dabir starts again.</source>
        <translation>زبان تازه وقتی دبیر دوباره باز شود اعمال می‌شود.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to keep the backup</source>
        <translation>جای نگه‌داری پشتیبان را انتخاب کنید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the backup...</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup saved: {path}</source>
        <translation>پشتیبان ذخیره شد: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the backup to restore</source>
        <translation>پشتیبانی را که باید بازگردانده شود انتخاب کنید</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore a backup</source>
        <translation>بازگردانی پشتیبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record on this PC will be replaced by the records in {file}. Records entered after that backup was made will be lost. Go on?</source>
        <translation>همهٔ سوابق این رایانه با سوابق {file} جایگزین می‌شود. سوابقی که پس از گرفتن آن پشتیبان ثبت شده‌اند از دست می‌روند. ادامه می‌دهید؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring...</source>
        <translation>در حال بازگردانی…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored from {path}.</source>
        <translation>از {path} بازگردانده شد.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app/ui/bootstrap.py" line="+91"/>
        <source>Dabir</source>
        <translation>دبیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database could not be opened: {reason}</source>
        <translation>پایگاه داده باز نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../app/ui/pages/sync_page.py" line="+12"/>
        <source>Sync with the provincial server</source>
        <translation>همگام‌سازی با سرور استان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server:</source>
        <translation>سرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync:</source>
        <translation>آخرین همگام‌سازی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>نتیجه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent:</source>
        <translation>تغییرهای در انتظار ارسال:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address, e.g. https://sync.example.ir</source>
        <translation>نشانی سرور، مثلاً https://sync.example.ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time code</source>
        <translation>کد یک‌بارمصرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Connect this PC</source>
        <translation>اتصال این رایانه</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Sync now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Conflicts (the same field changed on two PCs)</source>
        <translation>ناسازگاری‌ها (یک فیلد در دو رایانه تغییر کرده است)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My value</source>
        <translation>مقدار من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their value</source>
        <translation>مقدار آن‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>چه پیش آمد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine</source>
        <translation>مال من بماند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs</source>
        <translation>مال آن‌ها بماند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>دیدم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edits the server refused</source>
        <translation>تغییرهایی که سرور نپذیرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not connected yet</source>
        <translation>هنوز متصل نشده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect again</source>
        <translation>اتصال دوباره</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Succeeded</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed; your changes are kept for the next sync</source>
        <translation>ناموفق؛ تغییرهای شما برای همگام‌سازی بعدی نگه داشته شده است</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a user</source>
        <translation>یک کاربر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting {old} (entered by {who}) became meeting {new}: another PC had already used number {old}.</source>
        <translation>جلسهٔ {old} (ثبت‌شده به دست {who}) جلسهٔ {new} شد، چون رایانهٔ دیگری شمارهٔ {old} را به کار برده بود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution {old} (entered by {who}) became resolution {new} of the same meeting: another PC had already used number {old}.</source>
        <translation>مصوبهٔ {old} (ثبت‌شده به دست {who}) مصوبهٔ {new} همان جلسه شد، چون رایانهٔ دیگری شمارهٔ {old} را به کار برده بود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addendum {old} (entered by {who}) became addendum {new}: another PC had already used number {old}.</source>
        <translation>الحاقیهٔ {old} (ثبت‌شده به دست {who}) الحاقیهٔ {new} شد، چون رایانهٔ دیگری شمارهٔ {old} را به کار برده بود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number {old} (entered by {who}) became {new}: another PC had already used it.</source>
        <translation>شمارهٔ {old} (ثبت‌شده به دست {who}) به {new} تغییر کرد، چون رایانهٔ دیگری آن را به کار برده بود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited on one PC after it was deleted on another.</source>
        <translation>در یک رایانه ویرایش شد، پس از آن‌که در رایانهٔ دیگری حذف شده بود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same field was changed on two PCs.</source>
        <translation>یک فیلد در دو رایانه تغییر کرده بود.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync: not set up</source>
        <translation>همگام‌سازی: راه‌اندازی نشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server unreachable</source>
        <translation>سرور در دسترس نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: {when} — {n} changes pending</source>
        <translation>همگام‌سازی: {when} — {n} تغییر در انتظار</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This connection code is wrong, already used or expired. Ask the province for a new code.</source>
        <translation>این کد اتصال نادرست است، پیش‌تر به کار رفته یا از اعتبار افتاده است. از استان کد تازه بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The province has cut this PC off the server. Ask the province for a new connection code.</source>
        <translation>استان دسترسی این رایانه به سرور را قطع کرده است. از استان کد اتصال تازه بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not recognise this PC. Ask the province for a new connection code.</source>
        <translation>سرور این رایانه را نمی‌شناسد. از استان کد اتصال تازه بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC already keeps another council&apos;s records, which cannot be merged into this council. Connect it with an empty database, or ask for the code of its own council.</source>
        <translation>این رایانه پرونده‌های شورای دیگری را نگه می‌دارد که با این شورا یکی نمی‌شود. آن را با یک پایگاه دادهٔ خالی وصل کنید، یا کد شورای خودش را بخواهید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The council of this code has just changed. Ask the province for a new code.</source>
        <translation>شورای این کد هم‌اکنون تغییر کرده است. از استان کد تازه بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no such council. Ask the province for a new code.</source>
        <translation>چنین شورایی در سرور نیست. از استان کد تازه بخواهید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The provincial server cannot be reached. Your changes are kept on this PC and will be sent at the next sync.</source>
        <translation>سرور استان در دسترس نیست. تغییرهای شما روی این رایانه نگه داشته می‌شود و در همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version of Dabir is too old for the server; please update it.</source>
        <translation>این نسخهٔ دبیر برای سرور قدیمی است؛ لطفاً آن را به‌روز کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong codes were tried from this network. Wait {n} minutes and try again.</source>
        <translation>از این شبکه بیش از اندازه کد نادرست وارد شده است. {n} دقیقه صبر کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused: {reason}</source>
        <translation>سرور نپذیرفت: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sync did not complete: {reason}</source>
        <translation>همگام‌سازی کامل نشد: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the server address and the one-time code.</source>
        <translation>نشانی سرور و کد یک‌بارمصرف را وارد کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connecting to the server...</source>
        <translation>در حال اتصال به سرور...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This PC is connected to the provincial server.</source>
        <translation>این رایانه به سرور استان متصل شد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing...</source>
        <translation>در حال همگام‌سازی...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sync done: {sent} sent, {received} received, {c} conflicts.</source>
        <translation>همگام‌سازی انجام شد: {sent} ارسال، {received} دریافت، {c} ناسازگاری.</translation>
    </message>
    <message>
        <source>This PC is not connected to the provincial server yet. Every record is kept on this PC and will be sent once sync is set up; make backups meanwhile.</source>
        <translation type="vanished">این رایانه هنوز به سامانهٔ استانی وصل نیست. همهٔ سوابق روی همین رایانه نگه داشته می‌شود و پس از راه‌اندازی همگام‌سازی فرستاده خواهد شد؛ تا آن زمان پشتیبان بگیرید.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Member</source>
        <translation type="obsolete">عضو</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="obsolete">کمیته</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="obsolete">جلسه</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="obsolete">بند دستور جلسه</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="obsolete">حضور و غیاب</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="obsolete">مصوبه</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="obsolete">مسئله</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="obsolete">دستگاه</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="obsolete">مطالبه</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="obsolete">پروژه</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="obsolete">مرحله</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="obsolete">تأمین مالی</translation>
    </message>
    <message>
        <source>Benefactor</source>
        <translation type="obsolete">خیّر</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="obsolete">شاخص</translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="obsolete">استان</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/audit_view.py" line="-105"/>
        <source>Added</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed for good</source>
        <translation>حذف همیشگی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../app/ui/pages/members_overview_view.py" line="+18"/>
        <source>ends today</source>
        <translation>امروز تمام می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days left</source>
        <translation>{n} روز مانده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended {n} days ago</source>
        <translation>{n} روز پیش تمام شده</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No term ends in the next two months.</source>
        <translation>دوره هیچ عضوی در دو ماه آینده به پایان نمی‌رسد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active members whose term ends within two months, or has already ended (in red).</source>
        <translation>اعضای فعالی که دوره‌شان تا دو ماه دیگر تمام می‌شود یا تمام شده است (قرمز).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../app/ui/wizard/pages.py" line="-107"/>
        <source>Welcome to Dabir</source>
        <translation>به دبیر خوش آمدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The records of your Neighbourhood Progress Council, kept on this PC, in Persian, with Jalali dates.</source>
        <translation>سوابق شورای پیشرفت محلهٔ شما، روی همین رایانه، به فارسی و با تاریخ شمسی.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up our council</source>
        <translation>راه‌اندازی شورای خودمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo council (to look around first)</source>
        <translation>باز کردن شورای نمونه (برای آشنایی)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You will type your council&apos;s place and identifier, then make the secretary&apos;s account.</source>
        <translation>محل و شناسهٔ شورا را وارد می‌کنید و سپس حساب کاربری دبیر را می‌سازید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A made-up council with a year of meetings, resolutions and issues, kept in a separate file: your own records are not touched.</source>
        <translation>یک شورای ساختگی با یک سال جلسه، مصوبه و مسئله، در پرونده‌ای جداگانه؛ به سوابق خودتان دست زده نمی‌شود.</translation>
    </message>
</context>
</TS>
