import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineAmount, price, ratePercent, type PricedLine, type VatTerms, type PercentOrAmount } from './pricing';

interface Case {
  name: string;
  terms: VatTerms;
  lines: PricedLine[];
  discount?: PercentOrAmount;
  deposit?: PercentOrAmount;
  totals: Record<string, unknown>;
}

// the cases the server's QuotePricingCasesTest checks QuotePricing against: both sides must compute them
const file = JSON.parse(readFileSync(new URL('../../../../../events-schema/src/test/resources/pricing-cases.json', import.meta.url), 'utf8')) as { cases: Case[] };

const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? v.map(plain)
  : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);

describe('the quote editor prices as the server does', () => {
  it('has the shared cases', () => expect(file.cases.length).toBeGreaterThan(20));
  for (const c of file.cases) {
    it(c.name, () => {
      expect(plain(price(c.lines, c.discount, c.deposit, c.terms))).toEqual(c.totals);
    });
  }
});

describe('pricing details', () => {
  it('rounds a line of a third to 33p and two thirds to 67p', () => {
    expect(lineAmount({ quantity: '0.333', unitPrice: 100 })).toBe(33n);
    expect(lineAmount({ quantity: '0.665', unitPrice: 100 })).toBe(67n);
  });
  it('shows the rates of the day: 17.5% before 4 January 2011', () => {
    expect(ratePercent('standard', '2011-01-03')).toBe('17.5');
    expect(ratePercent('standard', '2011-01-04')).toBe('20');
    expect(ratePercent('reverse-charge-reduced', '2026-01-01')).toBe('5');
  });
  it('refuses a quantity of more than three decimals rather than round it differently from the server', () => {
    expect(() => lineAmount({ quantity: '1.0001', unitPrice: 100 })).toThrow();
  });
});
