import type { Schemas } from '../../app/api';
import { parsePounds } from '../../lib/format';

export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Day = (typeof DAYS)[number];
export const DAY_LABELS: Record<Day, string> = {
  monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday',
  saturday: 'Saturday', sunday: 'Sunday',
};
/** The API's limit of working ranges in a day. */
export const MAX_RANGES = 4;

export interface Range { start: string; end: string }

/** What the profile form holds, as typed: skills comma-separated, each weekday's ranges (none = a day off). */
export interface StaffForm {
  skills: string;
  days: Record<Day, Range[]>;
}

const noDays = (): Record<Day, Range[]> => Object.fromEntries(DAYS.map((d) => [d, []])) as unknown as Record<Day, Range[]>;

/** A new profile: nothing known, so no working hours; the form offers a typical week to start from. */
export const EMPTY_PROFILE: StaffForm = { skills: '', days: noDays() };

/** Monday to Friday 08:00–16:30, the week a new profile starts from when asked. */
export function typicalWeek(): Record<Day, Range[]> {
  const days = noDays();
  for (const d of DAYS.slice(0, 5)) days[d] = [{ start: '08:00', end: '16:30' }];
  return days;
}

/** The form of a profile as the API answers it. */
export function formOfProfile(p: Schemas['StaffProfile']): StaffForm {
  const days = noDays();
  for (const d of DAYS) days[d] = p.workingHours[d].map((r) => ({ start: r.start, end: r.end }));
  return { skills: p.skills.join(', '), days };
}

/**
 * The profile whole, as the API takes it: skills split on commas (blanks dropped; the server normalises
 * case and repeats), each day's ranges with a row left wholly blank dropped (a half-filled one is sent, so
 * the server names what is missing), a day without ranges left out (a day off).
 */
export function profileBody(f: StaffForm) {
  const skills = f.skills.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const workingHours: Partial<Record<Day, Range[]>> = {};
  for (const d of DAYS) {
    const ranges = f.days[d].filter((r) => r.start !== '' || r.end !== '');
    if (ranges.length > 0) workingHours[d] = ranges;
  }
  return { skills, workingHours };
}

/** The error keys the form shows next to its inputs (the server names a range's field at its full path). */
export function profileErrorKeys(): string[] {
  const keys = ['skills', 'workingHours'];
  for (const d of DAYS) {
    keys.push(`workingHours.${d}`);
    for (let i = 0; i < MAX_RANGES; i++) keys.push(`workingHours.${d}.${i}`, `workingHours.${d}.${i}.start`, `workingHours.${d}.${i}.end`);
  }
  return keys;
}

/** Every message about one weekday, in one line (the day's own and its ranges'). */
export function dayErrors(fields: Record<string, string>, day: Day): string | undefined {
  const prefix = `workingHours.${day}`;
  const messages = Object.entries(fields).filter(([k]) => k === prefix || k.startsWith(`${prefix}.`)).map(([, m]) => m);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** Hours a week from the ranges ("HH:mm" clock times; a day's ranges do not overlap), for the summary. */
export function weeklyMinutes(days: Record<Day, Range[]>): number {
  const minutes = (t: string) => {
    const m = /^(\d{2}):(\d{2})$/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : null;
  };
  let total = 0;
  for (const d of DAYS) {
    for (const r of days[d]) {
      const s = minutes(r.start);
      const e = minutes(r.end);
      if (s !== null && e !== null && e > s) total += e - s;
    }
  }
  return total;
}

/** The hourly cost as the API takes it: pence (what was typed kept when it is not an amount, so the server names it). */
export function costBody(pounds: string, effectiveFrom: string) {
  return { hourlyCost: parsePounds(pounds) ?? pounds, effectiveFrom };
}

/** The rate in force on a London day from a history sorted by day (null before the first). */
export function rateOn(history: { pence: number; effectiveFrom: string }[], day: string): number | null {
  let rate: number | null = null;
  for (const r of history) if (r.effectiveFrom <= day) rate = r.pence;
  return rate;
}

export const ABSENCE_KINDS = { holiday: 'Holiday', sickness: 'Sickness', training: 'Training', other: 'Other' } as const;
export type AbsenceKind = keyof typeof ABSENCE_KINDS;

/** What the absence form holds: whole days (first to last) or a part of one day (day, from, to). */
export interface AbsenceForm { kind: AbsenceKind; wholeDays: boolean; firstDay: string; lastDay: string; day: string; from: string; to: string }

export const emptyAbsence = (today: string): AbsenceForm =>
  ({ kind: 'holiday', wholeDays: true, firstDay: today, lastDay: today, day: today, from: '09:00', to: '12:00' });

/** The record command: whole days or a part of one day, never both (London dates and wall-clock times). */
export function absenceBody(id: string, f: AbsenceForm) {
  return f.wholeDays
    ? { absenceId: id, kind: f.kind, firstDay: f.firstDay, lastDay: f.lastDay }
    : { absenceId: id, kind: f.kind, start: `${f.day}T${f.from}`, end: `${f.day}T${f.to}` };
}

export const ABSENCE_KEYS = ['kind', 'firstDay', 'lastDay', 'start', 'end'];
