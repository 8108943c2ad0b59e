import type { meeting as english } from '../en/meeting';
import type { Translation } from '../index';
import { plural } from '../wording';

/** فهرست بررسی جلسه: پانل کناری و زبانهٔ جزئیات جلسهٔ Teams، قاب قرار ملاقات Outlook (فارسی). */
export const meeting = {
  'meeting.heading': 'وعده‌های این جلسه',
  'meeting.when': '{subject} · {when}',
  'meeting.noKey':
    'اول جلسه را ذخیره کنید. Kept وعده‌های هر جلسه را با شناسهٔ آن پیدا می‌کند و جلسهٔ جدید هنگام ذخیره شناسه می‌گیرد.',
  'meeting.findingKeys': 'در حال یافتن این جلسه در تقویم شما…',
  'meeting.noKeySignIn': 'Kept برای شناختن این جلسه به ورود به Microsoft 365 نیاز دارد.',

  'meeting.add.heading': 'افزودن وعده',
  'meeting.add.title': 'چه وعده‌ای داده شد',
  'meeting.add.titlePlaceholder': 'مثلاً ارسال ارقام سه‌ماههٔ سوم',
  'meeting.add.customer': 'به چه کسی',
  'meeting.add.customerPlaceholder': 'یکی از شرکت‌کنندگان را انتخاب کنید یا ایمیلی بنویسید',
  'meeting.add.customerList': 'نمایش شرکت‌کنندگان',
  'meeting.add.customerInvalid': 'یکی از شرکت‌کنندگان را انتخاب کنید، یا نشانی ایمیلی مثل name@contoso.com بنویسید.',
  'meeting.add.pickersFailed':
    'فهرست شرکت‌کنندگان بارگیری نشد. در «به چه کسی» نام یکی از شرکت‌کنندگان یا یک نشانی ایمیل بنویسید؛ وعده به نام شما ثبت می‌شود. برای انتخاب از فهرست‌ها صفحه را بازخوانی کنید.',
  'meeting.add.owner': 'چه کسی وعده داد',
  'meeting.add.me': '{name} (من)',
  'meeting.add.date': 'وعده تا',
  'meeting.add.suggested': 'پیشنهاد: {date}. {explanation}',
  'meeting.add.submit': 'افزودن وعده',
  'meeting.add.keyboard': 'با Enter وعده اضافه می‌شود.',
  'meeting.add.added': '«{title}» برای {customer} تا {date} اضافه شد.',

  'meeting.list.count': plural({ zero: 'هنوز وعده‌ای نیست', other: '# وعده' }),
  'meeting.list.empty': 'هنوز وعده‌ای داده نشده است. نخستین وعده را بالا اضافه کنید: یک عنوان و یک نام کافی است.',
  'meeting.list.tickHint': 'وقتی وعده‌ای تحویل شد، علامتش بزنید. وعدهٔ تحویل‌شده تحویل‌شده می‌ماند.',
  'meeting.row.summary': '{owner} به {customer} وعده داد، تا {date}',
  'meeting.row.deliveredOn': 'تحویل‌شده در {date}',
  'meeting.row.steps': plural({ other: '{done} از # مرحله انجام شده' }),
  'meeting.row.openInOverview': 'باز کردن در نمای کلی',

  'meeting.deliver.group': 'علامت‌گذاری «{title}» به‌عنوان تحویل‌شده',
  'meeting.deliver.note': 'یادداشت تحویل (اختیاری)',
  'meeting.deliver.defaultNote': 'انجام شد، همان‌طور که در «{subject}» وعده داده شده بود.',
  'meeting.deliver.final': 'این کار تحویل را ثبت می‌کند و بعداً نمی‌توان علامتش را برداشت.',
  'meeting.deliver.confirm': 'علامت‌گذاری به‌عنوان تحویل‌شده',
  'meeting.deliver.done': '«{title}» به‌عنوان تحویل‌شده علامت خورد.',

  'meeting.plan.add': 'افزودن برنامه',
  'meeting.plan.edit': 'ویرایش برنامه',
  'meeting.plan.heading': 'برنامهٔ «{title}»',
  'meeting.plan.steps': 'مراحل',
  'meeting.plan.noSteps': 'هنوز مرحله‌ای نیست.',
  'meeting.plan.step': 'مرحلهٔ {n}',
  'meeting.plan.stepDue': 'موعد مرحلهٔ {n}',
  'meeting.plan.stepDone': 'مرحلهٔ {n} (انجام‌شده)',
  'meeting.plan.removeStep': 'حذف مرحلهٔ {n}',
  'meeting.plan.addStep': 'افزودن مرحله',
  'meeting.plan.criteria': 'کار وقتی انجام‌شده است که…',
  'meeting.plan.criteriaHint': 'آنچه مشتری بررسی می‌کند، تا همه دربارهٔ پایان کار هم‌نظر باشند.',
  'meeting.plan.target': 'تاریخ هدف (داخلی)',
  'meeting.plan.promised': 'تاریخ وعده',
  'meeting.plan.save': 'ذخیرهٔ برنامه',
  'meeting.plan.saved': 'برنامهٔ «{title}» ذخیره شد.',
  'meeting.plan.conflictKept':
    'در این فاصله شخص دیگری این وعده را تغییر داد. برنامهٔ شما هنوز اینجاست و حالا بر پایهٔ نسخهٔ او است: بررسی‌اش کنید و دوباره ذخیره کنید.',

  'meeting.recap.send': 'ارسال جمع‌بندی',
  'meeting.recap.postToChat': 'ارسال جمع‌بندی در گفتگوی جلسه',
  'meeting.recap.hint': plural({
    other: 'ایمیلی برای # شرکت‌کننده آماده می‌کند که همهٔ وعده‌ها را با مسئول و تاریخ هر کدام فهرست می‌کند.',
  }),
  'meeting.recap.empty': 'جمع‌بندی وعده‌ها را فهرست می‌کند؛ اول یک وعده اضافه کنید.',

  'meeting.refresh.now': 'بررسی تغییرات',
  'meeting.refresh.checking': 'در حال بررسی تغییرات…',
  'meeting.refresh.updated': 'به‌روز تا ساعت {time}',
  'meeting.refresh.failed': 'تغییرات دیگران بررسی نشد. {detail}',
} satisfies Translation<typeof english>;
