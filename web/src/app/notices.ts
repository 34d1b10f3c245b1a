/** The toasts real-time messages raise for the person signed in: what was given to them, moved or taken off them, and their day. */
import { ukDate } from '../lib/format';

type Message = { type: string; [key: string]: unknown };

const clock = (localDateTime: unknown) => String(localDateTime ?? '').slice(11, 16);
const day = (localDateTime: unknown) => ukDate(String(localDateTime ?? '').slice(0, 10));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The toast for a message, or null when it is none of this person's news (their own change, or not news). */
export function noticeOf(m: Message, me: string): string | null {
  const mine = m.by === me;
  switch (m.type) {
    case 'task.assigned':
      return mine ? null : `A task was given to you: ${String(m.title ?? '')}`;
    case 'appointment.booked':
      return mine ? null : `Booked for you: ${String(m.title ?? '')}, ${day(m.start)} ${clock(m.start)}–${clock(m.end)}`;
    case 'appointment.moved':
      return mine ? null : `Moved: ${String(m.title ?? '')}, now ${day(m.start)} ${clock(m.start)}–${clock(m.end)}`;
    case 'appointment.unassigned':
      return mine ? null : `No longer yours: ${String(m.title ?? '')} on ${day(m.start)}`;
    case 'appointment.cancelled':
      return mine ? null : `Cancelled: ${String(m.title ?? '')} on ${day(m.start)} ${clock(m.start)}`;
    case 'reminder.today': {
      const visits = Array.isArray(m.visits) ? (m.visits as { title?: string; start?: string }[]) : [];
      const tasks = Array.isArray(m.tasks) ? m.tasks.length : 0;
      const parts: string[] = [];
      if (visits.length > 0) {
        parts.push(`${plural(visits.length, 'visit', 'visits')}, the first at ${clock(visits[0].start)} (${visits[0].title ?? ''})`);
      }
      if (tasks > 0) parts.push(`${plural(tasks, 'task', 'tasks')} due`);
      return parts.length === 0 ? null : `Today: ${parts.join('; ')}.`;
    }
    default:
      return null;
  }
}
