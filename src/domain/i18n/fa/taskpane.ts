import type { taskpane as english } from '../en/taskpane';
import type { Translation } from '../index';
import { plural } from '../wording';

/** قاب وظیفهٔ Outlook (فارسی). */
export const taskpane = {
  'taskpane.noItem': 'یک ایمیل یا جلسه را انتخاب کنید تا ببینید چه وعده‌ای داده شده، یا تعهد تازه‌ای ثبت کنید.',
  'taskpane.label': 'Kept: {subject}',

  'taskpane.email.listHeading': plural({ other: '# تعهد روی این ایمیل' }),
  'taskpane.email.addAnother': 'افزودن تعهد دیگر',
  'taskpane.email.backToList': 'بازگشت',
  'taskpane.email.threadOffer': plural({
    one: 'یکی از ایمیل‌های قبلی این گفتگو از قبل تعهدی دارد: «{title}».',
    other: 'ایمیل‌های قبلی این گفتگو از قبل # تعهد دارند، از جمله «{title}».',
  }),
  'taskpane.email.openThread': 'باز کردن آن',
  'taskpane.email.openNamed': 'باز کردن «{title}»',

  'taskpane.create.heading': 'ثبت تعهد',
  'taskpane.create.requestedAt': 'درخواست‌شده در {date}',
  'taskpane.create.title': 'چه چیزی را وعده می‌دهید',
  'taskpane.create.customerName': 'نام مشتری',
  'taskpane.create.customerEmail': 'ایمیل مشتری',
  'taskpane.create.plan': 'برنامهٔ اقدام',
  'taskpane.create.noSteps': 'هنوز مرحله‌ای نیست. مراحلی را که انجام می‌دهید، هر کدام با یک تاریخ، اضافه کنید.',
  'taskpane.create.criteria': 'کار وقتی انجام‌شده است که…',
  'taskpane.create.criteriaHint': 'شما و مشتری از کجا می‌فهمید که کار تمام شده است.',
  'taskpane.create.checkerName': 'نام بررسی‌کننده (اختیاری)',
  'taskpane.create.checkerEmail': 'ایمیل بررسی‌کننده (اختیاری)',
  'taskpane.create.targetDate': 'تاریخ هدف',
  'taskpane.create.targetHint': 'هدف خودتان.',
  'taskpane.create.promisedDate': 'تاریخ وعده',
  'taskpane.create.promisedHint': 'تاریخی که به مشتری می‌گویید.',
  'taskpane.create.cadence': 'هر چند روز کاری به مشتری گزارش پیشرفت می‌دهید',
  'taskpane.create.cadenceHint': 'استاندارد تیم: {days}.',
  'taskpane.create.messageLanguage': 'زبان پیام‌ها به مشتری',
  'taskpane.create.messageLanguageHint':
    'پیش‌نویس‌های مشتری به این زبان نوشته می‌شوند و قاب وظیفه به زبان خودتان می‌ماند. Kept دفعهٔ بعد هم همین زبان را برای این مشتری پیشنهاد می‌کند.',
  'taskpane.create.save': 'ذخیرهٔ تعهد',
  'taskpane.create.saving': 'در حال ذخیره…',

  'taskpane.step.group': 'مرحلهٔ {n}',
  'taskpane.step.text': 'مرحلهٔ {n}: چه کاری',
  'taskpane.step.dueDate': 'مرحلهٔ {n}: تا چه تاریخی',
  'taskpane.step.owner': 'مرحلهٔ {n}: ایمیل مسئول (اختیاری)',
  'taskpane.step.add': 'افزودن مرحله',
  'taskpane.step.moveUp': 'انتقال مرحلهٔ {n} به بالا',
  'taskpane.step.moveDown': 'انتقال مرحلهٔ {n} به پایین',
  'taskpane.step.remove': 'حذف مرحلهٔ {n}',

  'taskpane.suggestion.label': 'تاریخ وعدهٔ پیشنهادی',
  'taskpane.suggestion.line': 'وعدهٔ پیشنهادی: {date}.',
  'taskpane.suggestion.use': 'استفاده از {date}',

  'taskpane.form.keptLocally': 'آنچه نوشته‌اید تا وقتی ذخیره یا رهایش کنید، روی این دستگاه نگه داشته می‌شود.',
  'taskpane.form.notKept':
    'این مرورگر اجازه نمی‌دهد Kept نسخه‌ای از نوشته‌هایتان نگه دارد: پیش از بستن قاب، ذخیره کنید.',
  'taskpane.form.discard': 'رها کردن',
  'taskpane.form.fixErrors': plural({ other: 'پیش از ذخیره باید # فیلد را بررسی کنید.' }),

  'taskpane.view.customer': 'مشتری',
  'taskpane.view.promised': 'وعده',
  'taskpane.view.target': 'هدف',
  'taskpane.view.checker': 'بررسی‌کننده',
  'taskpane.view.messageLanguage': 'زبان پیام‌ها',
  'taskpane.view.nextUpdate': 'گزارش بعدی',
  'taskpane.view.acknowledgeBy': 'مهلت اعلام وصول',
  'taskpane.view.updateOverdue': 'موعد گزارش پیشرفت به مشتری رسیده است: همین حالا بفرستید.',
  'taskpane.view.riskReasons': 'چرا در معرض خطر است',
  'taskpane.view.feedback': 'بازخورد مشتری: {rating} از ۵.',
  'taskpane.view.plan': 'برنامه',
  'taskpane.view.noSteps': 'این برنامه مرحله‌ای ندارد.',
  'taskpane.view.stepDue': 'تا {date}',
  'taskpane.view.criteria': 'کار وقتی انجام‌شده است که:',
  'taskpane.view.actions': 'اقدام‌ها',
  'taskpane.view.history': 'تاریخچه',

  'taskpane.action.share': 'اشتراک‌گذاری برنامه',
  'taskpane.action.shareAgain': 'اشتراک‌گذاری دوبارهٔ برنامه',
  'taskpane.action.update': 'ارسال گزارش پیشرفت',
  'taskpane.action.concern': 'اعلام نگرانی',
  'taskpane.action.deliver': 'تحویل',
  'taskpane.action.feedback': 'ثبت بازخورد',
  'taskpane.action.flag': 'علامت «در معرض خطر»',
  'taskpane.action.clearFlag': 'برداشتن علامت خطر',
  'taskpane.action.cancel': 'لغو تعهد',
  'taskpane.action.edit': 'ویرایش برنامه',

  'taskpane.edit.heading': 'ویرایش برنامه',
  'taskpane.edit.intro':
    'مراحل، معیار انجام کار، بررسی‌کننده، تاریخ‌ها یا فاصلهٔ گزارش پیشرفت را تغییر دهید. مراحل علامت‌خورده علامت‌خورده می‌مانند.',
  'taskpane.edit.stepDone': 'مرحلهٔ {n} (انجام‌شده)',
  'taskpane.edit.recoveryIntro':
    'به {customer} تاریخ {date} گفته شده است. تاریخ دیرتر به‌عنوان توافق دوباره ثبت می‌شود: با «ارسال گزارش پیشرفت» خبرش را بدهید، یا با «اعلام نگرانی» گزینه‌هایی پیشنهاد کنید.',
  'taskpane.edit.recovery': 'اقدام جبرانی',
  'taskpane.edit.recoveryHint': 'کاری که برای رسیدن به تاریخ جدید می‌کنید — نه اینکه چه کسی یا چه چیزی مقصر است.',
  'taskpane.edit.save': 'ذخیرهٔ تغییرات',

  'taskpane.update.heading': 'ارسال گزارش پیشرفت',
  'taskpane.update.intro':
    'پیش‌نویس، مراحل انجام‌شده و مراحل بعدی را فهرست می‌کند؛ هر چیزی را که مشتری باید بداند اضافه کنید.',
  'taskpane.update.onTrack': 'هنوز برای {date} طبق برنامه هستید؟',
  'taskpane.update.onTrackYes': 'بله، طبق برنامه',
  'taskpane.update.onTrackNo': 'نه — نگرانی را اعلام می‌کنم',
  'taskpane.update.note': 'یادداشت برای مشتری',
  'taskpane.update.noteHint': 'اختیاری.',
  'taskpane.update.submit': 'باز کردن پیش‌نویس گزارش',

  'taskpane.concern.heading': 'اعلام نگرانی',
  'taskpane.concern.intro': 'زود به مشتری بگویید، همراه با برنامه و گزینه‌ها.',
  'taskpane.concern.risk': 'چه چیزی در خطر است',
  'taskpane.concern.recovery': 'اقدام جبرانی',
  'taskpane.concern.recoveryHint': 'کاری که می‌کنید تا کار به مسیرش برگردد.',
  'taskpane.concern.options': 'گزینه‌ها برای مشتری',
  'taskpane.concern.optionsHint':
    'گزینه‌هایی که مشتری می‌تواند از میانشان انتخاب کند. گزینه‌های اضافه را خالی بگذارید.',
  'taskpane.concern.option': 'گزینهٔ {n}',
  'taskpane.concern.addOption': 'افزودن گزینه',
  'taskpane.concern.proposedDate': 'تاریخ جدید پیشنهادی (اختیاری)',
  'taskpane.concern.proposedHint': 'وعدهٔ فعلی: {date}. تاریخ جدید به‌عنوان توافق دوباره ثبت می‌شود.',
  'taskpane.concern.submit': 'باز کردن پیش‌نویس نگرانی',

  'taskpane.deliver.heading': 'تحویل',
  'taskpane.deliver.intro': 'پیش‌نویس از مشتری می‌پرسد کیفیت خدمت چطور بود.',
  'taskpane.deliver.openSteps': plural({
    other: '# مرحله هنوز علامت نخورده است. پیش‌نویس از مشتری می‌پرسد کیفیت خدمت چطور بود.',
  }),
  'taskpane.deliver.note': 'یادداشت تحویل',
  'taskpane.deliver.noteHint': 'چه چیزی تحویل دادید و کجا می‌شود پیدایش کرد.',
  'taskpane.deliver.submit': 'باز کردن پیش‌نویس تحویل',

  'taskpane.feedback.heading': 'ثبت بازخورد',
  'taskpane.feedback.intro': 'پاسخ مشتری به «کار ما چطور بود؟».',
  'taskpane.feedback.rating': 'امتیاز',
  'taskpane.feedback.ratingOption': '{n} از ۵',
  'taskpane.feedback.comment': 'توضیح',
  'taskpane.feedback.submit': 'ذخیرهٔ بازخورد',

  'taskpane.cancel.heading': 'لغو تعهد',
  'taskpane.cancel.intro': 'اول با مشتری به توافق برسید؛ دلیل لغو در تاریخچه می‌ماند.',
  'taskpane.cancel.reason': 'دلیل',
  'taskpane.cancel.agreed': '{name} با لغو موافقت کرد',
  'taskpane.cancel.submit': 'لغو تعهد',

  'taskpane.flag.heading': 'علامت «در معرض خطر»',
  'taskpane.flag.intro':
    'پیش از آنکه تاریخ از دست برود، آن را در معرض خطر علامت بزنید و بعد نگرانی را به مشتری اعلام کنید.',
  'taskpane.flag.note': 'چه چیزی نگرانتان کرده (اختیاری)',
  'taskpane.flag.submit': 'علامت «در معرض خطر»',
} satisfies Translation<typeof english>;
