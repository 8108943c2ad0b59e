import type { shell as english } from '../en/shell';
import type { Translation } from '../index';
import { plural } from '../wording';

/** دموی مستقل، قاب برنامه و پنجرهٔ پیش‌نویس (فارسی). */
export const shell = {
  'shell.draft.title': 'پیش‌نویس برای مشتری شما',
  'shell.draft.title.colleague': 'پیش‌نویس برای {name}',
  'shell.draft.title.attendees': 'پیش‌نویس برای شرکت‌کنندگان جلسه',
  'shell.draft.title.team': 'پیش‌نویس برای تیم شما',
  'shell.draft.explain':
    'Outlook اینجا در دسترس نیست، برای همین Kept پیش‌نویس را نشان می‌دهد. ویرایشش کنید، کپی کنید و از برنامهٔ ایمیل خودتان بفرستید.',
  'shell.draft.to': 'به: {recipients}',
  'shell.draft.body': 'پیام',
  'shell.draft.copy': 'کپی پیام',
  'shell.draft.copyFailed': 'مرورگر جلوی کپی را گرفت. متن را انتخاب کنید و خودتان کپی کنید.',
  'shell.storage.local': 'ذخیره‌شده روی این دستگاه',
  'shell.storage.demo': 'دادهٔ نمایشی، ذخیره‌شده در این مرورگر',
  'shell.storage.synthetic': plural({ other: 'دادهٔ مصنوعی: # تعهد تولیدشده، در پایگاه داده‌ای جداگانه' }),
  'shell.dataset.synthetic': plural({
    other:
      'این صفحه # تعهد مصنوعی برای آزمون بار نشان می‌دهد که جدا از دادهٔ نمایشی شما نگه داشته می‌شوند؛ دادهٔ نمایشی شما تغییری نکرده است.',
  }),
  'shell.dataset.showDemo': 'نمایش دادهٔ نمایشی من',
  'shell.reset.synthetic': 'تولید دوبارهٔ دادهٔ مصنوعی',
  'shell.reset.syntheticConfirm':
    'تعهدهای مصنوعی با تعهدهای تازه‌تولیدشده جایگزین شوند؟ به دادهٔ نمایشی شما دست زده نمی‌شود.',
  'shell.problems.title': 'برخی تعهدها نمایش داده نمی‌شوند',
  'shell.problems.unreadable': plural({
    other:
      '# مورد در فهرست Kept تیم بیرون از Kept ویرایش شده و خوانده نمی‌شود (ستون {columns}). تا وقتی کسی آن را در SharePoint درست کند، بدون تغییر کنار گذاشته می‌شود.',
  }),
  'shell.problems.teams': plural({
    other: 'تعهدهای # تیم از تیم‌های شما بارگیری نشد: {reasons}',
  }),
  'shell.problems.notSetUp': plural({
    one: 'Kept هنوز در {teams} راه‌اندازی نشده است، پس چیزی از آن برای نمایش نیست. یکی از اعضای آن تیم با باز کردن Kept در تیم آن را راه‌اندازی می‌کند؛ از اینجا چیزی ساخته نمی‌شود.',
    other:
      'Kept هنوز در # تیم از تیم‌های شما ({teams}) راه‌اندازی نشده است، پس چیزی از آن‌ها برای نمایش نیست. یکی از اعضای هر تیم با باز کردن Kept در تیم آن را راه‌اندازی می‌کند؛ از اینجا چیزی ساخته نمی‌شود.',
  }),
  'shell.problems.messages.title': 'پرچم پیگیری حفظ نمی‌شود',
  'shell.problems.messageMissing': plural({
    one: 'ایمیلِ {titles} دیگر در صندوق پستی شما نیست (حذف یا به بایگانی منتقل شده است)، پس Kept نمی‌تواند پرچم پیگیری Outlook آن را حفظ کند. خود تعهد تغییری نکرده است.',
    other:
      'ایمیل‌های # تعهد ({titles}) دیگر در صندوق پستی شما نیستند (حذف یا به بایگانی منتقل شده‌اند)، پس Kept نمی‌تواند پرچم‌های پیگیری Outlook آن‌ها را حفظ کند. خود تعهدها تغییری نکرده‌اند.',
  }),
  'shell.auth.redirecting': 'در حال ورود به Microsoft 365… این پنجره خودبه‌خود بسته می‌شود.',
  'shell.auth.redirectFailed': 'ورود کامل نشد ({detail}). این پنجره را ببندید و دوباره در Kept امتحان کنید.',
  'shell.auth.relayTitle': 'ورود به Microsoft 365',
  'shell.auth.relayExplain':
    'Kept صفحهٔ ورود Microsoft را در پنجره‌ای تازه باز می‌کند. وقتی کارتان آنجا تمام شد، هر دو پنجره بسته می‌شوند و Kept ادامه می‌دهد.',
  'shell.auth.relayContinue': 'ادامه برای ورود',
  'shell.auth.relayWaiting': 'در انتظار پنجرهٔ ورود Microsoft…',
  'shell.storage.pending': plural({ other: '# تغییر در انتظار ارسال' }),
  'shell.storage.offline': 'آفلاین',
  'shell.storage.graph': 'ذخیره‌شده در سایت تیم {team} (Microsoft 365)',
  'shell.storage.graphAllTeams': 'ذخیره‌شده در سایت‌های تیم‌های شما (Microsoft 365)',
  'shell.notice.graph-not-configured':
    'برای این نسخهٔ Kept ورود به Microsoft 365 پیکربندی نشده است، بنابراین تعهدها فقط روی همین دستگاه ذخیره می‌شوند. سرپرست سیستم شما می‌تواند آن را راه‌اندازی کند (راهنمای استقرار را ببینید).',
  'shell.team.title': 'تیم خود را انتخاب کنید',
  'shell.team.intro':
    'Kept تعهدهای شما را در سایت تیمتان نگه می‌دارد تا هم‌تیمی‌هایتان هم آن‌ها را ببینند. تیمی را انتخاب کنید که با آن به درخواست‌ها رسیدگی می‌کنید؛ فقط یک بار انتخاب می‌کنید و Outlook آن را در همهٔ دستگاه‌هایتان به خاطر می‌سپارد.',
  'shell.team.label': 'تیم‌های شما',
  'shell.team.none':
    'عضو هیچ تیمی در Microsoft Teams نیستید. از یکی از مالکان تیم بخواهید شما را اضافه کند و سپس دوباره تلاش کنید.',
  'shell.team.use': 'استفاده از این تیم',
  'shell.team.loading': 'در حال یافتن تیم‌های شما…',
  'shell.team.saveFailed': 'Outlook نتوانست انتخاب شما را به خاطر بسپارد: {detail}. دوباره تلاش کنید.',
  'shell.crash.title': 'این نما از کار افتاد',
  'shell.crash.body':
    'تعهدهای ذخیره‌شده و فرم‌های ذخیره‌نشدهٔ شما سالم‌اند. برای تلاش دوباره صفحه را بازخوانی کنید. ({detail})',
  'shell.startFailed.title': 'Kept نتوانست شروع به کار کند',
  'shell.startFailed.retry': 'تلاش دوباره',
  'shell.notice.outlook-unavailable':
    'دسترسی به Outlook ممکن نشد، بنابراین Kept به‌تنهایی و با دادهٔ نمایشی اجرا می‌شود. برای کار روی ایمیل‌هایتان آن را از Outlook باز کنید.',
  'shell.notice.no-teams':
    'عضو هیچ تیمی در Microsoft Teams نیستید، بنابراین آنچه اینجا اضافه می‌کنید فقط روی همین دستگاه ذخیره می‌شود و هم‌تیمی‌هایتان آن را نمی‌بینند. از یکی از مالکان تیم بخواهید شما را به تیمتان اضافه کند.',
  'shell.notice.teams-unavailable':
    'دسترسی به Teams ممکن نشد، بنابراین Kept به‌تنهایی و با دادهٔ نمایشی اجرا می‌شود. برای دیدن تیمتان آن را از Teams باز کنید.',
  'shell.nav.label': 'نماهای Kept',
  'shell.nav.home': 'شروع',
  'shell.nav.taskpane': 'قاب وظیفهٔ Outlook',
  'shell.nav.overview': 'نمای کلی تیم',
  'shell.nav.mine': 'تعهدهای من',
  'shell.nav.meeting': 'فهرست بررسی جلسه',
  'shell.banner': 'نسخهٔ نمایشی مستقل',
  // A right-to-left mark first: the page's name sits in an isolate, so without it the title would read from the left.
  'shell.pageTitle': '\u200F{page} — Kept',
  'shell.theme.label': 'پوسته',
  'shell.theme.light': 'روشن',
  'shell.theme.dark': 'تیره',
  'shell.theme.high-contrast': 'کنتراست بالا',
  'shell.reset': 'بازنشانی دادهٔ نمایشی',
  'shell.reset.confirm': 'همهٔ داده‌های این مرورگر با دادهٔ نمایشی اولیه جایگزین شود؟',
  'shell.reset.action': 'بازنشانی',
  'shell.inbox.title': 'صندوق ورودی',
  'shell.inbox.calendar': 'تقویم',
  'shell.inbox.label': 'صندوق ورودی و تقویم نمایشی',
  'shell.inbox.pick': 'یک ایمیل یا جلسه را انتخاب کنید تا Kept مثل Outlook روی آن باز شود.',
  'shell.inbox.covered': 'Kept',
  'shell.pane.title': 'Kept',
  'shell.pane.label': 'قاب وظیفهٔ Kept',
  'shell.meetings.title': 'جلسه‌ها',
  'shell.meetings.label': 'جلسه‌های نمایشی',
  'shell.meetings.panel': 'پانل کناری جلسه',
  'shell.meetings.pick': 'یک جلسه را انتخاب کنید تا ببینید در آن چه وعده‌هایی داده شده است.',
  'shell.home.title': 'Kept — به وعده‌هایی که به مشتریان داخلی‌تان می‌دهید عمل کنید',
  'shell.home.intro':
    'Kept همان جایی است که درخواست‌ها می‌رسند. به ایمیل درخواست یک برنامهٔ اقدام پیوست کنید، تاریخی با حاشیه‌ای که تیمتان به دست آورده وعده دهید، مشتری را در جریان نگه دارید، نگرانی‌ها را زود اعلام کنید، تحویل دهید و بپرسید کار چطور بود.',
  'shell.home.taskpane':
    'قاب وظیفهٔ Outlook روی ایمیل درخواست: برنامه، تاریخ‌ها، گزارش‌های پیشرفت، نگرانی‌ها، تحویل و بازخورد.',
  'shell.home.overview':
    'زبانهٔ Teams: گزارش‌های عقب‌افتاده، تعهدهای در معرض خطر، وعده‌های عقب‌افتاده، درخواست‌هایی که هنوز وصولشان اعلام نشده و سنجه‌ها.',
  'shell.home.meeting': 'پانل کناری جلسه: فهرست بررسی وعده‌هایی که در جلسه داده شده و جمع‌بندی آن.',
  'shell.home.open': 'باز کردن',
  'shell.home.local':
    'این نسخهٔ نمایشی کاملاً در مرورگر شما اجرا می‌شود. تغییرات شما همین‌جا ذخیره می‌شوند (IndexedDB) و هیچ‌چیز از این دستگاه خارج نمی‌شود.',
  'shell.teams.open': plural({ zero: 'Teams (شبیه‌سازی)', other: 'Teams (شبیه‌سازی) · #' }),
  'shell.reminders.open': 'Outlook و To Do (شبیه‌سازی)',
} satisfies Translation<typeof english>;
