import { describe, expect, it } from 'vitest';
import { fill, ISOLATE_END, ISOLATE_START } from './wording';

const isolated = (value: string) => `${ISOLATE_START}${value}${ISOLATE_END}`;

describe('values set into sentences', () => {
  it('keep a Persian name from pulling the date after it to its side in an English sentence', () => {
    expect(
      fill(
        '{owner} for {customer} · {date}',
        { owner: 'Avery Chen', customer: 'سارا احمدی', date: '3 Dec 2026' },
        'en',
      ),
    ).toBe(`Avery Chen for ${isolated('سارا احمدی')} · 3 Dec 2026`);
  });

  it('leave left-to-right values in a left-to-right sentence as they are', () => {
    expect(fill('{owner} for {customer}', { owner: 'Avery Chen', customer: '王芳' }, 'en')).toBe('Avery Chen for 王芳');
  });

  it('isolate every value in a right-to-left sentence', () => {
    expect(fill('{owner} برای {customer}', { owner: 'Avery Chen', customer: 'سارا احمدی' }, 'fa')).toBe(
      `${isolated('Avery Chen')} برای ${isolated('سارا احمدی')}`,
    );
  });
});
