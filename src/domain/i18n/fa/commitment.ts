import type { commitment as english } from '../en/commitment';
import type { Translation } from '../index';

/** یک تعهد، همان‌طور که قاب وظیفه و جزئیات نمای کلی نشانش می‌دهند (فارسی). */
export const commitment = {
  'commitment.owner': 'مسئول',
  'commitment.customer': 'مشتری',
  'commitment.promised': 'وعده',
  'commitment.proposed': 'پیشنهادی',
  'commitment.proposedValue': '{date}، در انتظار پاسخ مشتری',
  'commitment.neededBy': 'مورد نیاز تا',
  'commitment.target': 'هدف',
  'commitment.checker': 'بررسی‌کننده',
  'commitment.messageLanguage': 'زبان پیام‌ها',
  'commitment.nextUpdate': 'گزارش بعدی',
  'commitment.relative': ' ({when})',
  'commitment.acknowledgeBy': 'مهلت اعلام وصول',
  'commitment.delivered': 'تاریخ تحویل',
  'commitment.plan': 'برنامه',
  'commitment.noSteps': 'این برنامه مرحله‌ای ندارد.',
  'commitment.stepDue': 'تا {date}',
  'commitment.criteria': 'کار وقتی انجام‌شده است که:',
  'commitment.history': 'تاریخچه',
  'commitment.history.fromReply': 'از پاسخ {customer} در {date}',
  'commitment.feedback': 'بازخورد مشتری: {rating} از ۵.',
} satisfies Translation<typeof english>;
