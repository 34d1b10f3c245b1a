import { describe, expect, it } from 'vitest';
import { addressBody, detailsBody, emptyForm, formOf, inputKey, listOf, oneLine, type Detail } from './customerForm';

const detail: Detail = {
  customerId: '01900000-0000-7000-8000-0000000000c1', version: 3, kind: 'company', status: 'active', name: 'Hill Street Lettings',
  tradingName: 'Hill St', contacts: [{ name: 'Zoë Hill', email: 'zoe@hill.example' }], emails: ['office@hill.example', 'accounts@hill.example'],
  phones: ['+447700900123'], billingAddress: { lines: ['9 Hill Street', 'Floor 2'], town: 'Leeds', postcode: 'LS1 1AA' },
  sites: [], marketingConsentGivenAt: '2026-01-05T10:00:00Z', marketingConsentMethod: 'email', notes: 'Gate code 1234',
  createdAt: '2026-01-01T09:00:00Z', updatedAt: '2026-01-05T10:00:00Z', behind: false,
};

describe('the customer form', () => {
  it('sends back what it read: the details whole, the contacts and the consent it does not edit carried over', () => {
    expect(detailsBody(formOf(detail))).toEqual({
      kind: 'company', name: 'Hill Street Lettings', tradingName: 'Hill St',
      contacts: [{ name: 'Zoë Hill', role: null, email: 'zoe@hill.example', phone: null }],
      emails: ['office@hill.example', 'accounts@hill.example'], phones: ['+447700900123'],
      billingAddress: { lines: ['9 Hill Street', 'Floor 2'], town: 'Leeds', postcode: 'LS1 1AA' },
      notes: 'Gate code 1234', marketingConsent: { givenAt: '2026-01-05T10:00:00Z', method: 'email' },
    });
  });

  it('sends no trading name for a person, and blanks as none', () => {
    const form = { ...emptyForm(), kind: 'person' as const, name: ' Zoë Hill ', tradingName: 'ignored', notes: '  ' };
    expect(detailsBody(form)).toMatchObject({ kind: 'person', name: 'Zoë Hill', tradingName: null, notes: null, billingAddress: null, emails: [] });
  });

  it('takes lists one per line or separated by commas, blanks dropped', () => {
    expect(listOf('a@x.example, b@x.example\n\n c@x.example ')).toEqual(['a@x.example', 'b@x.example', 'c@x.example']);
  });

  it('sends an address only when some of it was typed, and sends what was typed for the API to judge', () => {
    expect(addressBody({ lines: '', town: ' ', postcode: '' })).toBeNull();
    expect(addressBody({ lines: '1 High St\n\n', town: '', postcode: 'ls1' })).toEqual({ lines: ['1 High St'], town: '', postcode: 'ls1' });
  });

  it('puts the errors of list items and address lines under their box', () => {
    expect(inputKey('emails.1')).toBe('emails');
    expect(inputKey('phones.0')).toBe('phones');
    expect(inputKey('billingAddress.lines.2')).toBe('billingAddress.lines');
    expect(inputKey('sites.0.address.lines.0')).toBe('sites.0.address.lines');
    expect(inputKey('billingAddress.postcode')).toBe('billingAddress.postcode');
  });

  it('shows an address on one line', () => {
    expect(oneLine(detail.billingAddress)).toBe('9 Hill Street, Floor 2, Leeds LS1 1AA');
    expect(oneLine(undefined)).toBe('');
  });
});
