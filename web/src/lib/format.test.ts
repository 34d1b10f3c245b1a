import { describe, expect, it } from 'vitest';
import { londonToday, money, monthStart, parsePounds, parseUkDate, ukDate, ukDateTime } from './format';

describe('money', () => {
  it('shows pence as pounds with two decimals and thousands separated', () => {
    expect(money(0)).toBe('£0.00');
    expect(money(5)).toBe('£0.05');
    expect(money(123456)).toBe('£1,234.56');
    expect(money(1000000000)).toBe('£10,000,000.00');
    expect(money(-500)).toBe('-£5.00');
    expect(money(12n)).toBe('£0.12');
  });
  it('shows nothing for an amount that is not there', () => {
    expect(money(undefined)).toBe('');
    expect(money(null)).toBe('');
  });
  it('reads pounds and pence as typed, and refuses what is not an amount', () => {
    expect(parsePounds('12.5')).toBe(1250);
    expect(parsePounds('£1,234.56')).toBe(123456);
    expect(parsePounds(' 7 ')).toBe(700);
    expect(parsePounds('1.234')).toBeNull();
    expect(parsePounds('twelve')).toBeNull();
    expect(parsePounds('-1')).toBeNull();
  });
});

describe('dates', () => {
  it('shows ISO days as DD/MM/YYYY', () => {
    expect(ukDate('2026-03-09')).toBe('09/03/2026');
    expect(ukDate(undefined)).toBe('');
  });
  it('reads DD/MM/YYYY and refuses days that do not exist', () => {
    expect(parseUkDate('9/3/2026')).toBe('2026-03-09');
    expect(parseUkDate('29/02/2028')).toBe('2028-02-29');
    expect(parseUkDate('29/02/2027')).toBeNull();
    expect(parseUkDate('2026-03-09')).toBeNull();
  });
  it('shows times in London: GMT in winter, BST in summer', () => {
    expect(ukDateTime('2026-01-15T12:30:00Z')).toBe('15/01/2026, 12:30');
    expect(ukDateTime('2026-07-15T12:30:00Z')).toBe('15/07/2026, 13:30');
  });
  it('takes today as the London day, which is not the UTC day just after midnight in summer', () => {
    expect(londonToday(new Date('2026-07-15T23:30:00Z'))).toBe('2026-07-16');
    expect(londonToday(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-15');
    expect(monthStart('2026-07-16')).toBe('2026-07-01');
  });
});
