/** The audit trail's words: an event type as a sentence, who made a change, the filters as the API takes them. */

/** "QuoteDrafted" → "Quote drafted"; "AppointmentMoved" → "Appointment moved". */
export function eventInWords(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Who made a change: a member by name (or "a former member"), a process of the system, an API client. */
export function actorInWords(actor: string, kind: string, nameOf: (id: string) => string | undefined): string {
  if (kind === 'system') return `Jobmate (${actor.replace(/^system:/, '').replace(/-/g, ' ')})`;
  if (kind === 'api-client') return `API client ${actor}`;
  return nameOf(actor) ?? 'A former member';
}

export interface AuditFilters { record: string; recordId: string; person: string; from: string; to: string }

/** The query of the filters: blanks left out, the record id only with its kind. */
export function auditQuery(f: AuditFilters): Record<string, string | undefined> {
  const blank = (s: string) => (s.trim() === '' ? undefined : s.trim());
  return {
    record: blank(f.record),
    recordId: blank(f.record) ? blank(f.recordId) : undefined,
    person: blank(f.person),
    from: blank(f.from),
    to: blank(f.to),
  };
}

/** The kinds of record a business has, as the trail names them (stream types). */
export const RECORDS: Record<string, string> = {
  customer: 'Customers', quote: 'Quotes', job: 'Jobs', task: 'Tasks', expense: 'Expenses', appointment: 'Appointments',
  schedule: 'Diary days', resource: 'Equipment and vehicles', staff: 'Staff profiles', team: 'The team', business: 'Settings',
  mileage: 'Mileage counts',
};
