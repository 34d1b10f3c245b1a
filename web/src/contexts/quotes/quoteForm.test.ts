import { describe, expect, it } from 'vitest';
import { draftBody, emptyForm, fieldKeys, inputKey, pricedLines, type QuoteForm } from './quoteForm';

const form = (change: Partial<QuoteForm>): QuoteForm => ({ ...emptyForm(), ...change });

describe('the quote form', () => {
  it('sends what was typed where it does not parse, so the API names the field', () => {
    const f = form({ title: 'Boiler', customerId: 'c', validUntil: '31/02/2026', lines: [{ ...emptyForm().lines[0], quantity: 'two', unitPrice: '£12.50' }] });
    const body = draftBody('q', f) as { validUntil: unknown; lines: Record<string, unknown>[] };
    expect(body.validUntil).toBe('31/02/2026');
    expect(body.lines[0].quantity).toBe('two');
    expect(body.lines[0].unitPrice).toBe(1250);
  });
  it('prices only the lines that parse and are not optional', () => {
    const line = emptyForm().lines[0];
    const f = form({ lines: [{ ...line, unitPrice: '10' }, { ...line, lineId: 'b', unitPrice: 'x' }, { ...line, lineId: 'c', unitPrice: '5', optional: true }] });
    expect(pricedLines(f)).toEqual([{ quantity: '1', unitPrice: 1000, vatCode: 'standard', discount: null, pricesIncludeVat: false }]);
  });
  it('shows a percent or amount error at its input', () => {
    expect(inputKey('lines.0.discount.percent')).toBe('lines.0.discount');
    expect(fieldKeys(emptyForm())).toContain('lines.0.unitPrice');
  });
});
