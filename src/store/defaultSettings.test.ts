import { describe, expect, it } from 'vitest';
import { teamId } from '../domain/ids';
import { defaultTeamSettings } from './defaultSettings';

describe('defaultTeamSettings', () => {
  it('starts a team on the default service standards at version 0', () => {
    const settings = defaultTeamSettings(teamId('team-1'), 'Facilities');
    expect(settings).toEqual({
      teamId: 'team-1',
      teamName: 'Facilities',
      version: 0,
      acknowledgeWithinHours: 4,
      defaultCadenceDays: 5,
      defaultBufferDays: 2,
      calendar: { timeZone: 'UTC', workDays: [1, 2, 3, 4, 5], dayStartMinute: 540, dayEndMinute: 1020 },
      followUpReminders: 'outlookFlag',
    });
  });

  it('uses the time zone the caller knows', () => {
    expect(defaultTeamSettings(teamId('t'), '', 'Europe/Berlin').calendar.timeZone).toBe('Europe/Berlin');
  });

  it('falls back to UTC for an unknown or empty time zone instead of throwing', () => {
    expect(defaultTeamSettings(teamId('t'), '', 'Mars/Olympus_Mons').calendar.timeZone).toBe('UTC');
    expect(defaultTeamSettings(teamId('t'), '', '  ').calendar.timeZone).toBe('UTC');
  });

  it('gives every caller its own copy', () => {
    const a = defaultTeamSettings(teamId('t'));
    const b = defaultTeamSettings(teamId('t'));
    expect(a).not.toBe(b);
    expect(a.calendar).not.toBe(b.calendar);
  });
});
