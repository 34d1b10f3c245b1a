import { describe, expect, it } from 'vitest';
import { yearToDate } from './ReportsScreen';

describe('the reports period', () => {
  it('is a year of whole months to today', () => {
    expect(yearToDate('2026-12-06')).toEqual({ from: '2026-01-01', to: '2026-12-06' });
    expect(yearToDate('2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });
});
