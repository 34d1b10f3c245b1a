import { describe, expect, it } from 'vitest';
import { costingParts, hoursOf, marginText } from './costing';
import { fourWeeksTo } from './TeamUtilisation';

describe('job costing on the dashboard', () => {
  it('splits the value into staff time, expenses and profit, a loss without a profit part', () => {
    expect(costingParts({ staffCost: 12_000, expensesCost: 3_000, profit: 5_000 }).map((p) => p.value)).toEqual([12_000, 3_000, 5_000]);
    expect(costingParts({ staffCost: 12_000, expensesCost: 3_000, profit: -2_000 }).map((p) => p.value)).toEqual([12_000, 3_000, 0]);
  });

  it('says the margin in words, a loss named, none without a value', () => {
    expect(marginText(0.3125)).toBe('31.3%');
    expect(marginText(-0.05)).toBe('−5.0% (a loss)');
    expect(marginText(undefined)).toBe('—');
  });

  it('writes minutes as hours and minutes', () => {
    expect(hoursOf(135)).toBe('2 h 15 min');
    expect(hoursOf(240)).toBe('4 h');
    expect(hoursOf(45)).toBe('45 min');
  });

  it('asks for utilisation over the four weeks to the period\'s end', () => {
    expect(fourWeeksTo('2026-12-06')).toBe('2026-11-15');
  });
});
