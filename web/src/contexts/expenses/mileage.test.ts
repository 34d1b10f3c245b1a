import { describe, expect, it } from 'vitest';
import { changeBody, claimBody, rowsOf, taxYearOf } from './MileageClaimScreen';

describe('a mileage claim', () => {
  it('counts in the tax year from 6 April', () => {
    expect(taxYearOf('2026-04-05')).toBe('2025-26');
    expect(taxYearOf('2026-04-06')).toBe('2026-27');
    expect(taxYearOf('2099-12-31')).toBe('2099-00');
  });

  it('sends passengers for a car or van only, and blank miles as missing for the API to name', () => {
    const row = { date: '2026-12-01', from: ' Leeds ', to: 'York', purpose: 'Survey', miles: '' };
    expect(claimBody('id', 'bicycle', '2', [row], null)).toEqual({ expenseId: 'id', vehicle: 'bicycle',
      journeys: [{ date: '2026-12-01', from: 'Leeds', to: 'York', purpose: 'Survey', miles: null }] });
    expect(claimBody('id', 'car-or-van', '2', [{ ...row, miles: '48' }], 'u-sam')).toMatchObject({ passengers: 2, member: 'u-sam',
      journeys: [{ miles: 48 }] });
  });

  it('changes a draft whole, without its id and whose it is, and fills the form from the claim', () => {
    const row = { date: '2026-12-01', from: 'Leeds', to: 'York', purpose: 'Survey', miles: '30' };
    expect(changeBody('car-or-van', '1', [row], ' Two visits ')).toEqual({ vehicle: 'car-or-van', passengers: 1,
      journeys: [{ date: '2026-12-01', from: 'Leeds', to: 'York', purpose: 'Survey', miles: 30 }], description: 'Two visits' });
    expect(rowsOf({ vehicle: 'bicycle', passengers: 0, parts: [],
      journeys: [{ date: '2026-12-01', from: 'Leeds', to: 'York', purpose: 'Survey', miles: 30 }] })).toEqual([row]);
  });
});
