import { describe, expect, it } from 'vitest';
import { actorInWords, auditQuery, eventInWords } from './audit';

describe('the audit trail in words', () => {
  it('writes an event type as a sentence', () => {
    expect(eventInWords('QuoteDrafted')).toBe('Quote drafted');
    expect(eventInWords('StaffHourlyCostSet')).toBe('Staff hourly cost set');
  });

  it('names who made a change: a member, a former member, the system, an API client', () => {
    const nameOf = (id: string) => (id === 'u-1' ? 'Olivia' : undefined);
    expect(actorInWords('u-1', 'member', nameOf)).toBe('Olivia');
    expect(actorInWords('u-9', 'member', nameOf)).toBe('A former member');
    expect(actorInWords('system:quote-expiry', 'system', nameOf)).toBe('Jobmate (quote expiry)');
    expect(actorInWords('c-7', 'api-client', nameOf)).toBe('API client c-7');
  });

  it('sends only the filters given, the record id only with its kind', () => {
    expect(auditQuery({ record: '', recordId: 'x', person: ' ', from: '2026-12-01', to: '' }))
      .toEqual({ record: undefined, recordId: undefined, person: undefined, from: '2026-12-01', to: undefined });
    expect(auditQuery({ record: 'quote', recordId: ' q-1 ', person: 'u-1', from: '', to: '2026-12-06' }))
      .toEqual({ record: 'quote', recordId: 'q-1', person: 'u-1', from: undefined, to: '2026-12-06' });
  });
});
