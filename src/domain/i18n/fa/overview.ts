import type { overview as english } from '../en/overview';
import type { Translation } from '../index';
import { formatNumberIn, plural } from '../wording';

/** زبانهٔ Teams: نمای کلی تیم، «تعهدهای من»، سنجه‌ها و تنظیمات تیم (فارسی). */
export const overview = {
  'overview.title.team': 'تعهدهای تیم',
  'overview.title.mine': 'تعهدهای من',
  'overview.subtitle.team': '{team}',
  'overview.sections': 'بخش‌های نمای کلی',
  'overview.section.commitments': 'تعهدها',
  'overview.section.metrics': 'سنجه‌ها',

  'overview.lanes.label': 'نیازمند توجه',
  'overview.lanes.hint':
    'یکی از این دسته‌ها را انتخاب کنید تا فقط تعهدهای آن نمایش داده شود؛ با انتخاب دوباره، همه نمایش داده می‌شوند.',
  'overview.lane.update-overdue': 'گزارش‌های عقب‌افتاده',
  'overview.lane.at-risk': 'در معرض خطر',
  'overview.lane.promise-overdue': 'وعده‌های عقب‌افتاده',
  'overview.lane.ack-breached': 'وصول به‌موقع اعلام نشده',
  'overview.lane.reply-waiting': 'مشتری پاسخ داده، هنوز جواب نگرفته',
  'overview.lane.due-this-week': 'موعد در این هفته',
  'overview.lane.count': plural({ zero: 'هیچ', other: '# تعهد' }),

  'overview.filters.label': 'فیلترها',
  'overview.search.label': 'جستجوی تعهدها',
  'overview.search.placeholder': 'جستجو در عنوان، افراد، موضوع',
  'overview.search.clear': 'پاک کردن جستجو',
  'overview.filter.owner': 'مسئول',
  'overview.filter.customer': 'مشتری',
  'overview.filter.status': 'وضعیت',
  'overview.filter.any': 'همه',
  'overview.filter.from': 'وعده از',
  'overview.filter.to': 'وعده تا',
  'overview.filter.clear': 'پاک کردن فیلترها',
  'overview.filter.lane': 'در حال نمایش: {lane}',
  'overview.filter.rangeInvalid': 'تاریخ «از» بعد از تاریخ «تا» است، پس هیچ موردی پیدا نمی‌شود.',
  'overview.results': plural({
    zero: 'هیچ تعهدی پیدا نشد',
    other: '# تعهد',
  }),
  'overview.resultsOf': (params, locale) =>
    `${formatNumberIn(locale, Number(params.count))} از ${formatNumberIn(locale, Number(params.total))} تعهد`,

  'overview.table.label': 'تعهدها',
  'overview.table.hint': 'با کلیدهای جهت‌نما بین تعهدها حرکت کنید و با Enter یکی را باز کنید.',
  'overview.column.title': 'تعهد',
  'overview.column.status': 'وضعیت',
  'overview.column.owner': 'مسئول',
  'overview.column.customer': 'مشتری',
  'overview.column.promised': 'وعده',
  'overview.column.nextUpdate': 'گزارش بعدی',
  'overview.column.sortBy': 'مرتب‌سازی بر اساس {column}',
  'overview.column.noUpdate': '—',
  'overview.row.compact': '{owner} برای {customer} · {date}',

  'overview.loading': 'در حال بارگیری تعهدها…',
  'overview.loadingCount': plural({ other: 'تا اینجا # تعهد بارگیری شده است…' }),
  'overview.loadingSlow': 'هنوز در حال بارگیری است. بار اول، بارگیری تعهدهای یک تیم بزرگ چند ثانیه طول می‌کشد.',
  'overview.error.title': 'تعهدها بارگیری نشدند',
  'overview.offline':
    'آفلاین هستید. تعهدهای ذخیره‌شده روی این دستگاه نمایش داده می‌شوند؛ تغییرات وقتی دوباره آنلاین شوید ارسال می‌شوند.',
  'overview.pending': plural({ other: '# تغییر در انتظار ارسال به Microsoft 365 است.' }),
  'overview.empty.team.title': 'هنوز تعهدی نیست',
  'overview.empty.team.body':
    'وقتی کسی در تیم درخواستی را از یک ایمیل Outlook یا یک جلسه ثبت کند، همراه با وضعیتش اینجا نمایش داده می‌شود.',
  'overview.empty.mine.title': 'تعهدی ندارید',
  'overview.empty.mine.body':
    'درخواست‌هایی که در Outlook یا در جلسه‌ها می‌پذیرید، از همهٔ تیم‌هایتان اینجا نمایش داده می‌شوند.',
  'overview.empty.filtered.title': 'موردی پیدا نشد',
  'overview.empty.filtered.body': 'هیچ تعهدی با این فیلترها جور نیست. فیلترها را پاک کنید تا دوباره همه‌چیز را ببینید.',
  'overview.linkNotFound': 'تعهدی که در پیوند آمده پیدا نشد. ممکن است حذف شده باشد یا به تیم دیگری تعلق داشته باشد.',

  'overview.drawer.close': 'بستن جزئیات',
  'overview.drawer.openEmail': 'باز کردن ایمیل درخواست در Outlook',
  'overview.drawer.openMeeting': 'باز کردن جلسه',
  'overview.drawer.noSourceLink': 'از {kind} ثبت شده است؛ پیوندی برای باز کردن آن نیست.',
  'overview.drawer.source.email': 'یک ایمیل: «{subject}»',
  'overview.drawer.source.meeting': 'یک جلسه: «{subject}»',
  'overview.drawer.source.manual': 'به‌صورت دستی ثبت شده، بدون ایمیل یا جلسه.',
  'overview.drawer.copyLink': 'کپی پیوند این تعهد',
  'overview.drawer.linkCopied': 'پیوند کپی شد',
  'overview.drawer.gone': 'این تعهد دیگر در فهرست نیست. ممکن است کسی آن را حذف کرده باشد.',

  'overview.action.busy': 'در حال ذخیره…',

  'overview.metrics.title': 'سنجه‌ها',
  'overview.metrics.window': 'دوره',
  'overview.metrics.window.4': '۴ هفتهٔ گذشته',
  'overview.metrics.window.13': '۱۳ هفتهٔ گذشته',
  'overview.metrics.window.26': '۲۶ هفتهٔ گذشته',
  'overview.metrics.window.52': '۵۲ هفتهٔ گذشته',
  'overview.metrics.groupBy': 'نمایش',
  'overview.metrics.group.team': 'تیم',
  'overview.metrics.group.owner': 'به تفکیک افراد',
  'overview.metrics.group.customer': 'به تفکیک مشتری',
  'overview.metrics.loading': 'در حال بارگیری سنجه‌ها…',
  'overview.metrics.error': 'سنجه‌ها محاسبه نشدند: {detail}',
  'overview.metrics.person': 'فرد',
  'overview.metrics.customer': 'مشتری',
  'overview.metrics.none': 'در این دوره هنوز چیزی تحویل یا درخواست نشده است.',
  'overview.chart.trend.title': 'وعده‌های عمل‌شده، هفته به هفته',
  'overview.chart.trend.summary': plural({
    zero: 'هفته‌ای برای نمایش نیست.',
    other: '# هفته نمایش داده شده است. اعداد دقیق در جدول زیر نمودار آمده‌اند.',
  }),
  'overview.chart.trend.week': 'هفته',
  'overview.chart.trend.kept': 'عمل‌شده',
  'overview.chart.trend.value': '{value} ({kept} از {judged} وعدهٔ سررسیده)',
  'overview.chart.slip.title': 'تحویل نسبت به تاریخ وعده، بر حسب روز کاری',
  'overview.chart.slip.summary': plural({
    zero: 'در این دوره تحویلی نبوده است.',
    other: '# تحویل، بر حسب روز کاری زودتر (−) یا دیرتر (+). اعداد دقیق در جدول زیر نمودار آمده‌اند.',
  }),
  'overview.chart.slip.days': 'روزهای کاری نسبت به وعده',
  'overview.chart.slip.count': 'تحویل‌ها',
  'overview.chart.showData': 'نمایش اعداد',
  'overview.chart.hideData': 'پنهان کردن اعداد',
  'overview.chart.bar': '{label}: {value}',

  'overview.settings.open': 'تنظیمات تیم',
  'overview.settings.title': 'استانداردهای خدمت',
  'overview.settings.explain':
    'این استانداردها برای همهٔ اعضای {team} اعمال می‌شوند. Kept با آن‌ها مواردی را که نیازمند توجه‌اند مشخص می‌کند.',
  'overview.settings.ackHours': 'مهلت اعلام وصول درخواست (ساعت کاری، {min} تا {max})',
  'overview.settings.cadence': 'فاصلهٔ گزارش پیشرفت به مشتری (روز کاری، {min} تا {max})',
  'overview.settings.buffer': 'حاشیهٔ پیش‌فرض بین تاریخ هدف و تاریخ وعده (روز کاری، {min} تا {max})',
  'overview.settings.followUpFlags': 'روی ایمیل‌های درخواست، پرچم پیگیری Outlook گذاشته شود',
  'overview.settings.range': 'یک عدد صحیح از {min} تا {max} وارد کنید.',
  'overview.settings.saved': 'استانداردهای خدمت تیم ذخیره شد.',
  'overview.settings.conflict':
    'وقتی شما مشغول ویرایش بودید، شخص دیگری تنظیمات تیم را تغییر داد. مقادیر شما هنوز اینجاست: آن‌ها را با مقادیر فعلی مقایسه کنید و دوباره ذخیره کنید.',
  'overview.settings.current': 'فعلی: اعلام وصول ظرف {ack} ساعت، گزارش هر {cadence} روز، حاشیهٔ {buffer} روز.',
  'overview.settings.loadFailed': 'تنظیمات تیم بارگیری نشد: {detail}',

  'overview.config.title': 'افزودن Kept به این کانال',
  'overview.config.intro':
    'زبانهٔ «تعهدها» همهٔ وعده‌هایی را که تیم شما به مشتریان داخلی‌اش داده است نشان می‌دهد، و آنچه همین حالا توجه لازم دارد:',
  'overview.config.point.lanes':
    'گزارش‌های عقب‌افتاده، وعده‌های در معرض خطر یا گذشته از موعد، و درخواست‌هایی که وصولشان به‌موقع اعلام نشده؛',
  'overview.config.point.table': 'جدولی از همهٔ تعهدها که می‌توانید بر اساس مسئول، مشتری، وضعیت و تاریخ فیلترش کنید؛',
  'overview.config.point.metrics': 'اینکه تیم هفته به هفته چقدر به وعده‌هایش عمل می‌کند.',
  'overview.config.storage':
    'تعهدها در سایت SharePoint همین تیم ذخیره می‌شوند. هیچ‌چیز از محیط Microsoft 365 سازمان شما خارج نمی‌شود.',
  'overview.config.ready': 'برای افزودن زبانه، «ذخیره» را انتخاب کنید.',
  'overview.config.connecting': 'در حال اتصال به Teams…',
  'overview.config.outside':
    'Microsoft Teams وقتی زبانهٔ Kept را به یک کانال اضافه می‌کنید از این صفحه استفاده می‌کند. آن را از Teams باز کنید، یا نمای کلی را در مرورگرتان امتحان کنید.',
  'overview.config.openOverview': 'باز کردن نمای کلی',
  'overview.config.saveFailed': 'زبانه ذخیره نشد: {detail}. دوباره «ذخیره» را انتخاب کنید.',
  'overview.config.tabName': 'تعهدها',
} satisfies Translation<typeof english>;
