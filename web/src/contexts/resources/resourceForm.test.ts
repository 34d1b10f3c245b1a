import { describe, expect, it } from 'vitest';
import { detailsBody, dueState, EMPTY } from './resourceForm';

describe('the resource form', () => {
  it('sends a vehicle its registration and dates, and equipment none, blanks left out', () => {
    const van = { ...EMPTY, name: ' Transit van ', registration: 'ab12 cde', motDue: '2027-03-01', notes: ' ' };
    expect(detailsBody(van)).toEqual({ name: 'Transit van', busy: true, registration: 'ab12 cde', motDue: '2027-03-01' });
    expect(detailsBody({ ...van, kind: 'equipment', busy: false, notes: 'Blue case' }))
      .toEqual({ name: 'Transit van', busy: false, notes: 'Blue case' });
  });

  it('flags a date past as overdue and one within 30 days as soon', () => {
    expect(dueState('2026-12-05', '2026-12-06')).toBe('overdue');
    expect(dueState('2027-01-05', '2026-12-06')).toBe('soon');
    expect(dueState('2027-01-06', '2026-12-06')).toBeNull();
    expect(dueState(undefined, '2026-12-06')).toBeNull();
  });
});
