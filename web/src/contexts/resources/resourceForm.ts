import type { Schemas } from '../../app/api';

export type Kind = Schemas['ResourceKind'];
export const KINDS: Record<Kind, string> = { vehicle: 'Vehicle', equipment: 'Equipment' };

/** What the resource form holds, as typed. */
export interface ResourceForm {
  kind: Kind;
  name: string;
  registration: string;
  motDue: string;
  serviceDue: string;
  notes: string;
  busy: boolean;
}

export const EMPTY: ResourceForm = { kind: 'vehicle', name: '', registration: '', motDue: '', serviceDue: '', notes: '', busy: true };

/** The form of a resource as the API answers it. */
export function formOf(r: Schemas['Resource']): ResourceForm {
  return { kind: r.kind, name: r.name, registration: r.registration ?? '', motDue: r.motDue ?? '', serviceDue: r.serviceDue ?? '',
    notes: r.notes ?? '', busy: r.busy };
}

/**
 * The details whole, as the API takes them: blanks left out (a change clears what is left out), a vehicle's
 * registration and dates only for a vehicle.
 */
export function detailsBody(f: ResourceForm) {
  return {
    name: f.name.trim(),
    busy: f.busy,
    ...(f.kind === 'vehicle' && f.registration.trim() !== '' ? { registration: f.registration.trim() } : {}),
    ...(f.kind === 'vehicle' && f.motDue !== '' ? { motDue: f.motDue } : {}),
    ...(f.kind === 'vehicle' && f.serviceDue !== '' ? { serviceDue: f.serviceDue } : {}),
    ...(f.notes.trim() !== '' ? { notes: f.notes.trim() } : {}),
  };
}

/** Whether a due date (MOT, service) is past, or within 30 days of today (both ISO dates, London). */
export function dueState(due: string | null | undefined, today: string): 'overdue' | 'soon' | null {
  if (!due) return null;
  if (due < today) return 'overdue';
  const days = (Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= 30 ? 'soon' : null;
}
