import { describe, expect, it } from 'vitest';
import { formOf, groupBody } from './settingsForm';

describe('the settings page', () => {
  const form = formOf({
    name: 'Acme Plumbing', vatRegistered: true, vatNumber: 'GB123456789', vatRegisteredFrom: '2020-04-01', rounding: 'per-line',
    quoteValidityDays: 30, quoteNumberPrefix: 'AP-', nextQuoteNumber: 120, staffHourlyCost: 2550, behind: false,
  });

  it('shows dates the UK way, amounts in pounds, and a setting never chosen as blank', () => {
    expect(form.vatRegisteredFrom).toBe('01/04/2020');
    expect(form.staffHourlyCost).toBe('25.50');
    expect(form.equipmentHourlyCost).toBe('');
    expect(form.vatQuarterStagger).toBe('');
  });

  it('sends one group whole, in the API\'s units', () => {
    expect(groupBody('vat', form)).toEqual({ vatRegistered: true, vatNumber: 'GB123456789', vatRegisteredFrom: '2020-04-01' });
    expect(groupBody('vat', { ...form, vatRegistered: 'no' })).toEqual({ vatRegistered: false });
    expect(groupBody('costs', { ...form, equipmentHourlyCost: '12' })).toEqual({ staffHourlyCost: 2550, equipmentHourlyCost: 1200 });
    expect(groupBody('numbering', { ...form, quoteNumberPrefix: 'ap-' })).toEqual({ quoteNumberPrefix: 'AP-', nextQuoteNumber: 120 });
  });

  it('sends what it cannot read as typed, for the API to name the field', () => {
    expect(groupBody('quotes', { ...form, quoteValidityDays: 'a month' })).toEqual({ rounding: 'per-line', quoteValidityDays: 'a month' });
    expect(groupBody('vat', { ...form, vatRegisteredFrom: '31/02/2020' }).vatRegisteredFrom).toBe('31/02/2020');
  });
});
