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
  'taskpane.create.neededBy': 'مورد نیاز تا (اختیاری)',
  'taskpane.create.neededByHint': 'تاریخ خود مشتری، اگر گفته باشد («امور مالی دفاتر را روز پنجم ماه می‌بندد»).',
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

  'taskpane.form.fixErrors': plural({ other: 'پیش از ذخیره باید # فیلد را بررسی کنید.' }),

  'taskpane.edit.heading': 'ویرایش برنامه',
  'taskpane.edit.intro':
    'مراحل، معیار انجام کار، بررسی‌کننده، تاریخ‌ها یا فاصلهٔ گزارش پیشرفت را تغییر دهید. مراحل علامت‌خورده علامت‌خورده می‌مانند.',
  'taskpane.edit.stepDone': 'مرحلهٔ {n} (انجام‌شده)',
  'taskpane.edit.save': 'ذخیرهٔ تغییرات',

  // The demo inbox's conversation (standalone only): simulate a reply arriving or send one.
  'taskpane.demo.thread': 'پاسخ‌های این گفتگو',
  'taskpane.demo.simulate': 'امتحان کنید: پاسخی می‌رسد یا خودتان پاسخی می‌فرستید، مثل Outlook. Kept گفتگو را می‌خواند.',
  'taskpane.demo.customerReply': 'پاسخ {name}',
  'taskpane.demo.sampleReply': 'ممنون! تاریخ جدید برای ما مناسب است.',
  'taskpane.demo.receive': 'دریافت پاسخ {name}',
  'taskpane.demo.ownReply': 'پاسخ شما به {name}',
  'taskpane.demo.sampleOwnReply': 'گزارش کوتاه: مرحلهٔ اول انجام شد و بقیه طبق برنامه پیش می‌رود.',
  'taskpane.demo.send': 'ارسال پاسخ شما',
} satisfies Translation<typeof english>;
