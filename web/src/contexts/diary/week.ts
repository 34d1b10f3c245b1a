import type { Schemas } from '../../app/api';

export type Appointment = Schemas['DiaryAppointment'];
export type Kind = Appointment['kind'];
export const KINDS: Record<Kind, string> = { 'job-visit': 'Job visit', meeting: 'Meeting', blocked: 'Blocked time' };

/** An ISO date plus {@code days}. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week an ISO date is in. */
export function mondayOf(iso: string): string {
  const weekday = new Date(`${iso}T12:00:00Z`).getUTCDay(); // 0 Sunday
  return addDays(iso, -((weekday + 6) % 7));
}

/** The seven days from a Monday, each with the appointments that touch it (London wall clock), by start. */
export function weekOf(monday: string, appointments: Appointment[]): { day: string; appointments: Appointment[] }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays(monday, i);
    const touching = appointments
      .filter((a) => a.start.slice(0, 10) <= day && a.end.slice(0, 10) >= day && !(a.end.slice(0, 10) === day && a.end.slice(11) === '00:00' && a.start.slice(0, 10) < day))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return { day, appointments: touching };
  });
}

/** "09:00–10:30" on its day; a part of a longer appointment shows the day's side of it. */
export function timesOn(a: Appointment, day: string): string {
  const from = a.start.slice(0, 10) === day ? a.start.slice(11) : '00:00';
  const to = a.end.slice(0, 10) === day ? a.end.slice(11) : '24:00';
  return `${from}–${to}`;
}

/** What the booking form holds, as typed. */
export interface BookingForm { kind: Kind; day: string; from: string; to: string; members: string[]; title: string; notes: string; resources?: string[] }

/** The request body of a booking (London wall-clock times, to the minute). */
export function bookingBody(id: string, f: BookingForm, overrideReason?: string) {
  return {
    appointmentId: id,
    kind: f.kind,
    start: `${f.day}T${f.from}`,
    end: `${f.day}T${f.to}`,
    members: f.members,
    title: f.title.trim(),
    ...(f.notes.trim() !== '' ? { notes: f.notes.trim() } : {}),
    ...(f.resources && f.resources.length > 0 ? { resources: f.resources } : {}),
    ...(overrideReason && overrideReason.trim() !== '' ? { override: { reason: overrideReason.trim() } } : {}),
  };
}

/** "with the Transit van (AB12CDE), dust sheets": the equipment and vehicles an appointment books, as booked. */
export function withResources(a: Appointment): string {
  const list = a.resources ?? [];
  return list.length === 0 ? '' : `with ${list.map((r) => (r.registration ? `${r.name} (${r.registration})` : r.name)).join(', ')}`;
}

/** Days from one ISO date to another (negative when {@code to} is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/**
 * The body of a move of an appointment to another day at the same London clock times (what a drag onto a
 * day asks): start and end shifted by whole days, its members kept.
 */
export function movedToDay(a: Appointment, day: string, overrideReason?: string) {
  const shift = daysBetween(a.start.slice(0, 10), day);
  return {
    start: `${addDays(a.start.slice(0, 10), shift)}T${a.start.slice(11, 16)}`,
    end: `${addDays(a.end.slice(0, 10), shift)}T${a.end.slice(11, 16)}`,
    members: a.members,
    ...(overrideReason && overrideReason.trim() !== '' ? { override: { reason: overrideReason.trim() } } : {}),
  };
}

/** A London clock time plus minutes, within the day ("09:30" + 90 → "11:00"; capped at 23:59). */
export function clockPlus(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** How a booking repeats, as the form offers it: never, or a series on the chosen day's weekday or date. */
export type Repeat = 'none' | 'daily' | 'weekly' | 'fortnightly' | 'monthly';
export const REPEATS: Record<Repeat, string> = {
  none: 'Does not repeat', daily: 'Every day', weekly: 'Every week on this weekday', fortnightly: 'Every two weeks on this weekday',
  monthly: 'Every month on this date',
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Minutes from one London clock time to a later one on the same day (0 when not later). */
export function minutesBetween(from: string, to: string): number {
  const at = (t: string) => { const [h, m] = t.split(':').map(Number); return h * 60 + m; };
  return Math.max(0, at(to) - at(from));
}

/**
 * The body of a series set up from the booking form: the rule from the chosen day (its weekday, its date),
 * London start time and minutes; {@code times} blank for no end, else sent as typed for the API to name.
 */
export function seriesBody(id: string, f: BookingForm, repeat: Exclude<Repeat, 'none'>, times: string, overrideReason?: string) {
  const weekday = WEEKDAYS[new Date(`${f.day}T12:00:00Z`).getUTCDay()];
  const count = times.trim() === '' ? undefined : /^\d+$/.test(times.trim()) ? Number(times.trim()) : times.trim();
  const rule = {
    frequency: repeat === 'daily' ? 'daily' : repeat === 'monthly' ? 'monthly' : 'weekly',
    every: repeat === 'fortnightly' ? 2 : 1,
    ...(repeat === 'weekly' || repeat === 'fortnightly' ? { weekdays: [weekday] } : {}),
    ...(repeat === 'monthly' ? { dayOfMonth: Number(f.day.slice(8, 10)) } : {}),
    from: f.day,
    ...(count !== undefined ? { count } : {}),
    startTime: f.from,
    minutes: minutesBetween(f.from, f.to),
  };
  return {
    seriesId: id,
    kind: f.kind,
    members: f.members,
    title: f.title.trim(),
    ...(f.notes.trim() !== '' ? { notes: f.notes.trim() } : {}),
    ...(overrideReason && overrideReason.trim() !== '' ? { override: { reason: overrideReason.trim() } } : {}),
    rule,
  };
}
