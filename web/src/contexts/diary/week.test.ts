import { describe, expect, it } from 'vitest';
import { addDays, bookingBody, clockPlus, daysBetween, mondayOf, movedToDay, seriesBody, timesOn, weekOf, withResources, type Appointment } from './week';

const visit = (start: string, end: string, title = 'Visit'): Appointment => ({ appointmentId: title, kind: 'job-visit', start, end,
  startsAt: `${start}:00Z`, endsAt: `${end}:00Z`, members: ['u-sam'], title });

describe('the diary week', () => {
  it('starts on the Monday, across a month and the clock change', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
  });

  it('puts each appointment on every day it touches, in start order', () => {
    const week = weekOf('2026-11-30', [visit('2026-12-01T13:00', '2026-12-01T14:00', 'B'), visit('2026-12-01T09:00', '2026-12-01T10:30', 'A'),
      visit('2026-12-02T22:00', '2026-12-03T02:00', 'Night')]);
    expect(week[1].appointments.map((a) => a.title)).toEqual(['A', 'B']);
    expect(week[2].appointments.map((a) => a.title)).toEqual(['Night']);
    expect(timesOn(week[3].appointments[0], '2026-12-03')).toBe('00:00–02:00');
    expect(timesOn(week[2].appointments[0], '2026-12-02')).toBe('22:00–24:00');
  });

  it('books London wall-clock times, an override only with a reason', () => {
    const form = { kind: 'meeting' as const, day: '2026-12-07', from: '09:00', to: '10:00', members: ['u-sam'], title: ' Toolbox talk ', notes: '' };
    expect(bookingBody('id', form)).toEqual({ appointmentId: 'id', kind: 'meeting', start: '2026-12-07T09:00', end: '2026-12-07T10:00',
      members: ['u-sam'], title: 'Toolbox talk' });
    expect(bookingBody('id', form, ' Urgent leak ')).toMatchObject({ override: { reason: 'Urgent leak' } });
  });
});

describe('moving an appointment to another day', () => {
  it('keeps its London clock times and members, across a month end and the clock change', () => {
    expect(daysBetween('2026-11-30', '2026-12-02')).toBe(2);
    expect(daysBetween('2027-03-29', '2027-03-27')).toBe(-2);
    const night = visit('2026-11-30T22:00', '2026-12-01T02:00', 'Night');
    expect(movedToDay(night, '2026-12-03')).toEqual({ start: '2026-12-03T22:00', end: '2026-12-04T02:00', members: ['u-sam'] });
    const spring = visit('2027-03-26T09:00', '2027-03-26T10:30');
    expect(movedToDay(spring, '2027-03-29', ' Customer asked ')).toEqual({ start: '2027-03-29T09:00', end: '2027-03-29T10:30',
      members: ['u-sam'], override: { reason: 'Customer asked' } });
  });
});

describe('a free slot chosen for a booking', () => {
  it('ends the length asked after its start, within the day', () => {
    expect(clockPlus('09:30', 90)).toBe('11:00');
    expect(clockPlus('23:00', 120)).toBe('23:59');
  });
});

describe('a series from the booking form', () => {
  const form = { kind: 'job-visit' as const, day: '2026-12-08', from: '09:00', to: '10:30', members: ['u-sam'], title: ' Check the pump ', notes: '' };

  it('repeats on the chosen day\'s weekday or date, at its London time, for its minutes', () => {
    expect(seriesBody('s-1', form, 'weekly', '')).toEqual({ seriesId: 's-1', kind: 'job-visit', members: ['u-sam'], title: 'Check the pump',
      rule: { frequency: 'weekly', every: 1, weekdays: ['tuesday'], from: '2026-12-08', startTime: '09:00', minutes: 90 } });
    expect(seriesBody('s-1', form, 'fortnightly', '6').rule).toMatchObject({ frequency: 'weekly', every: 2, weekdays: ['tuesday'], count: 6 });
    expect(seriesBody('s-1', form, 'monthly', '').rule).toMatchObject({ frequency: 'monthly', every: 1, dayOfMonth: 8 });
    expect(seriesBody('s-1', form, 'daily', '').rule).not.toHaveProperty('weekdays');
  });

  it('sends a number of times it cannot read as typed, and an override only with a reason', () => {
    expect(seriesBody('s-1', form, 'daily', 'ten').rule.count).toBe('ten');
    expect(seriesBody('s-1', form, 'daily', '', ' Agreed with Sam ').override).toEqual({ reason: 'Agreed with Sam' });
    expect(seriesBody('s-1', form, 'daily', '', '  ')).not.toHaveProperty('override');
  });
});

describe('equipment and vehicles on a booking', () => {
  it('are sent only when some are chosen, and read back with their registration', () => {
    const form = { kind: 'job-visit' as const, day: '2026-12-08', from: '09:00', to: '10:00', members: ['u-sam'], title: 'Fit', notes: '' };
    expect(bookingBody('a-1', { ...form, resources: ['r-van'] })).toMatchObject({ resources: ['r-van'] });
    expect(bookingBody('a-1', { ...form, resources: [] })).not.toHaveProperty('resources');
    const a = { ...visit('2026-12-08T09:00', '2026-12-08T10:00'), resources: [
      { resourceId: 'r-van', kind: 'vehicle' as const, name: 'Transit van', registration: 'AB12CDE', busy: true },
      { resourceId: 'r-sheets', kind: 'equipment' as const, name: 'Dust sheets', busy: false }] };
    expect(withResources(a)).toBe('with Transit van (AB12CDE), Dust sheets');
    expect(withResources(visit('2026-12-08T09:00', '2026-12-08T10:00'))).toBe('');
  });
});
