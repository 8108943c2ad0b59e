import type { merge as english } from '../en/merge';
import type { Translation } from '../index';
import { plural } from '../wording';

/** دو نفر یک چیز را ویرایش می‌کنند: ذخیرهٔ دیگری با آنچه نوشته‌اید ادغام می‌شود (فارسی). */
export const merge = {
  'merge.merged':
    'وقتی شما مشغول ویرایش بودید، شخص دیگری تغییراتی را ذخیره کرد. تغییرات او اکنون در فرم است و تغییرات شما هم حفظ شده است.',
  'merge.conflicts':
    'وقتی شما مشغول ویرایش بودید، شخص دیگری تغییراتی را ذخیره کرد. تغییرات او اکنون در فرم است و تغییرات شما هم حفظ شده است. موارد زیر را هر دو تغییر داده‌اید: انتخاب کنید کدام بماند.',
  'merge.yours': 'نسخهٔ شما',
  'merge.theirs': 'نسخهٔ ذخیره‌شدهٔ شخص دیگر',
  'merge.empty': '(خالی)',
  'merge.removed': '(حذف‌شده)',
  'merge.order': 'ترتیب مراحل',
  'merge.choose': 'انتخاب کنید کدام بماند.',
  'merge.chooseAll': plural({
    other: 'برای هر یک از # تغییری که هر دو داده‌اید انتخاب کنید کدام مقدار بماند، سپس ذخیره کنید.',
  }),
} satisfies Translation<typeof english>;
