import { describe, expect, it } from 'vitest';
import { toIanaZone, workCalendarFromMailbox } from '../../src/store/graph/mailbox';

describe('mailbox settings → business calendar', () => {
  it('maps Windows zone names to IANA and keeps IANA names', () => {
    expect(toIanaZone('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(toIanaZone('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(toIanaZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(toIanaZone('Customized Time Zone')).toBeUndefined();
    expect(toIanaZone('Not/AZone')).toBeUndefined();
    expect(toIanaZone(undefined)).toBeUndefined();
  });

  it('reads working days and hours', () => {
    const calendar = workCalendarFromMailbox({
      workingHours: {
        daysOfWeek: ['Sunday', 'monday', 'tuesday', 'wednesday', 'thursday'],
        startTime: '08:30:00.0000000',
        endTime: '17:15:00.0000000',
        timeZone: { name: 'Israel Standard Time' },
      },
    });
    expect(calendar).toEqual({
      timeZone: 'Asia/Jerusalem',
      workDays: [0, 1, 2, 3, 4],
      dayStartMinute: 510,
      dayEndMinute: 1035,
    });
  });

  it('falls back to the mailbox zone, then to defaults, for a custom zone or nonsense hours', () => {
    const calendar = workCalendarFromMailbox({
      timeZone: 'Tokyo Standard Time',
      workingHours: {
        daysOfWeek: [],
        startTime: '18:00:00',
        endTime: '09:00:00',
        timeZone: { name: 'Customized Time Zone' },
      },
    });
    expect(calendar).toEqual({
      timeZone: 'Asia/Tokyo',
      workDays: [1, 2, 3, 4, 5],
      dayStartMinute: 540,
      dayEndMinute: 1020,
    });
    expect(workCalendarFromMailbox({}).timeZone).toBe('UTC');
  });
});
