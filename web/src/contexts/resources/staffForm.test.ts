import { describe, expect, it } from 'vitest';
import { absenceBody, costBody, emptyAbsence, dayErrors, EMPTY_PROFILE, formOfProfile, profileBody, rateOn, typicalWeek, weeklyMinutes } from './staffForm';

describe('the staff profile form', () => {
  it('sends skills split on commas and only the days that have ranges, a wholly blank row dropped', () => {
    const days = { ...typicalWeek(), saturday: [{ start: '', end: '' }], sunday: [{ start: '09:00', end: '' }] };
    expect(profileBody({ skills: ' Plumbing, , gas safe ', days })).toEqual({
      skills: ['Plumbing', 'gas safe'],
      workingHours: {
        monday: [{ start: '08:00', end: '16:30' }], tuesday: [{ start: '08:00', end: '16:30' }],
        wednesday: [{ start: '08:00', end: '16:30' }], thursday: [{ start: '08:00', end: '16:30' }],
        friday: [{ start: '08:00', end: '16:30' }], sunday: [{ start: '09:00', end: '' }],
      },
    });
    expect(profileBody(EMPTY_PROFILE)).toEqual({ skills: [], workingHours: {} });
  });

  it('reads a profile back into the form it was saved from', () => {
    const week = { monday: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
    const form = formOfProfile({ member: 'u', skills: ['electrics', 'plumbing'], workingHours: week, behind: false });
    expect(form.skills).toBe('electrics, plumbing');
    expect(profileBody(form).workingHours).toEqual({ monday: week.monday });
    expect(weeklyMinutes(form.days)).toBe(8 * 60);
    expect(weeklyMinutes(typicalWeek())).toBe(5 * 8.5 * 60);
  });

  it('gathers the messages about one day, its own and its ranges', () => {
    const fields = { 'workingHours.monday.1.end': 'Must be HH:mm.', 'workingHours.monday': 'Must not overlap.', 'workingHours.tuesday.0.start': 'X.' };
    expect(dayErrors(fields, 'monday')).toBe('Must be HH:mm. Must not overlap.');
    expect(dayErrors(fields, 'friday')).toBeUndefined();
  });

  it('sends a cost in pence and keeps what is not an amount for the server to name', () => {
    expect(costBody('£25.50', '2027-01-01')).toEqual({ hourlyCost: 2550, effectiveFrom: '2027-01-01' });
    expect(costBody('lots', '2027-01-01')).toEqual({ hourlyCost: 'lots', effectiveFrom: '2027-01-01' });
  });

  it('finds the rate in force on a day, none before the first', () => {
    const history = [{ pence: 2000, effectiveFrom: '2026-12-01' }, { pence: 2400, effectiveFrom: '2027-01-01' }];
    expect(rateOn(history, '2026-11-30')).toBeNull();
    expect(rateOn(history, '2026-12-31')).toBe(2000);
    expect(rateOn(history, '2027-01-01')).toBe(2400);
  });

  it('records an absence as whole days or as a part of one day, never both', () => {
    const form = emptyAbsence('2026-12-07');
    expect(absenceBody('a-1', { ...form, lastDay: '2026-12-11' }))
      .toEqual({ absenceId: 'a-1', kind: 'holiday', firstDay: '2026-12-07', lastDay: '2026-12-11' });
    expect(absenceBody('a-2', { ...form, kind: 'training', wholeDays: false, from: '13:00', to: '17:00' }))
      .toEqual({ absenceId: 'a-2', kind: 'training', start: '2026-12-07T13:00', end: '2026-12-07T17:00' });
  });
});
