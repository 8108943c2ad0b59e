import { configure, fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale } from '../../../domain/i18n/load';
import type { TeamSettings } from '../../../domain/types';
import { demoWorld } from '../../../hosts/browser/demoData';
import { defaultTeamSettings } from '../../../store/defaultSettings';
import { createLocalStore } from '../../../store/local';
import { renderWithServices, TEST_TEAM, testServices } from '../../../../tests/fixtures/renderWithServices';
import MetricsPanel from './MetricsPanel';

configure({ asyncUtilTimeout: 10_000 });
const NOW = new Date('2026-11-25T10:00:00Z');
const settings: TeamSettings = { ...defaultTeamSettings(TEST_TEAM, 'Test team', 'Europe/London'), version: 1 };
const world = demoWorld(NOW, settings);

beforeAll(async () => {
  await loadLocale('fa');
});

describe('MetricsPanel in Persian', () => {
  it('names weeks by the Gregorian calendar and writes the slip in Persian digits', () => {
    renderWithServices(
      <MetricsPanel commitments={world.commitments} settings={settings} now={NOW} showPeople />,
      testServices({ store: createLocalStore({ dbName: 'metrics-fa' }), now: NOW, locale: 'fa' }),
    );
    for (const show of screen.getAllByRole('button', { name: 'نمایش اعداد' })) fireEvent.click(show);
    const [weeks, slips] = screen.getAllByRole('table').slice(-2) as [HTMLElement, HTMLElement];
    const rowHeaders = (table: HTMLElement) =>
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent ?? '');
    // September to November 2026 as everyone else's calendar has them, not Shahrivar to Azar.
    expect(rowHeaders(weeks).join(' ')).toMatch(/سپتامبر|اکتبر|نوامبر/);
    expect(rowHeaders(weeks).join(' ')).not.toMatch(/شهریور|مهر|آبان|آذر/);
    const slipLabels = rowHeaders(slips);
    expect(slipLabels.length).toBeGreaterThan(1);
    for (const label of slipLabels) expect(label).toMatch(/^\u200e?[+\u2212-]?[۰-۹]+$/);
  });
});

describe('MetricsPanel in Chinese', () => {
  it('words the numbers under the charts with Chinese punctuation', async () => {
    await loadLocale('zh-CN');
    renderWithServices(
      <MetricsPanel commitments={world.commitments} settings={settings} now={NOW} showPeople />,
      testServices({ store: createLocalStore({ dbName: 'metrics-zh' }), now: NOW, locale: 'zh-CN' }),
    );
    for (const show of screen.getAllByRole('button', { name: '显示数字' })) fireEvent.click(show);
    const [weeks, slips] = screen.getAllByRole('table').slice(-2) as [HTMLElement, HTMLElement];
    const cells = (table: HTMLElement) =>
      within(table)
        .getAllByRole('cell')
        .map((td) => td.textContent ?? '');
    expect(cells(weeks).some((text) => /^\d+%（到期承诺 \d+ 项，兑现 \d+ 项）$/.test(text))).toBe(true);
    expect(cells(slips).every((text) => text.includes('：'))).toBe(true);
  });
});
