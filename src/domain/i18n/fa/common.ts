import type { common as english } from '../en/common';
import type { Translation } from '../index';

/** واژه‌های مشترک همهٔ نماها (فارسی). */
export const common = {
  'common.appName': 'Kept',
  'common.save': 'ذخیره',
  'common.cancel': 'لغو',
  'common.close': 'بستن',
  'common.retry': 'تلاش دوباره',
  'common.loading': 'در حال بارگیری…',
  'common.copy': 'کپی',
  'common.copied': 'کپی شد',
  'common.clearSelection': 'پاک کردن انتخاب',
  'common.error.not-found': 'این تعهد دیگر وجود ندارد. ممکن است شخص دیگری آن را حذف کرده باشد.',
  'common.error.conflict':
    'وقتی شما مشغول ویرایش بودید، شخص دیگری این تعهد را تغییر داد. تغییرات شما در پایین حفظ شده است: آن‌ها را مرور کنید و دوباره ذخیره کنید.',
  'common.error.throttled': 'Microsoft 365 درخواست کرد سرعت را کم کنیم. تغییر شما در صف است و به‌زودی ذخیره می‌شود.',
  'common.error.unauthorized':
    'وارد سیستم نشده‌اید یا نشست شما منقضی شده است. دوباره وارد شوید؛ هیچ‌چیز از آنچه نوشته‌اید از بین نمی‌رود.',
  'common.error.forbidden': 'به تعهدهای این تیم دسترسی ندارید. از یکی از مالکان تیم بخواهید شما را به تیم اضافه کند.',
  'common.error.offline':
    'آفلاین هستید. تغییر شما روی همین دستگاه ذخیره شده است و وقتی دوباره آنلاین شوید، ارسال می‌شود.',
  'common.error.invalid': 'بخشی از داده‌ها خوانده نشد. {detail}',
  'common.error.unavailable':
    'Kept در حال حاضر نمی‌تواند فضای ذخیره‌سازی خود را روی این دستگاه باز کند ({detail}). زبانه‌های دیگر Kept را ببندید و دوباره تلاش کنید؛ متن شما حفظ شده است.',
  'common.error.quota':
    'فضای ذخیره‌سازی این دستگاه برای Kept پر شده است. کمی فضا آزاد کنید و دوباره تلاش کنید؛ متن شما حفظ شده است.',
  'common.error.reminder':
    'Microsoft To Do کار یادآوری Kept را نپذیرفت. تعهد ذخیره شده است؛ به Kept اجازهٔ استفاده از To Do (Tasks.ReadWrite) را بدهید یا در تنظیمات تیم، یادآوری دیگری انتخاب کنید.',
  'common.error.unknown': 'مشکلی پیش آمد: {detail}. هیچ‌چیز از آنچه نوشته‌اید از بین نرفته است؛ دوباره تلاش کنید.',
} satisfies Translation<typeof english>;
