/** A new job as the form holds it (text, as typed) and as the API takes it. */
import type { Schemas } from '../../app/api';
import { parsePounds } from '../../lib/format';

export interface JobForm {
  customerId: string;
  siteId: string;
  title: string;
  description: string;
  /** Pounds as typed ("1,250.50"); both blank for no agreed value. */
  net: string;
  vat: string;
}

export const emptyJobForm = (customerId = ''): JobForm => ({ customerId, siteId: '', title: '', description: '', net: '', vat: '' });

/**
 * The create command. Amounts the form cannot read as pounds are sent as they were typed, for the
 * API to name the field; an agreed value is sent only when some of it was typed.
 */
export function createBody(jobId: string, form: JobForm): Record<string, unknown> {
  const amount = (text: string) => (text.trim() === '' ? 0 : parsePounds(text) ?? text);
  const valued = form.net.trim() !== '' || form.vat.trim() !== '';
  return {
    jobId,
    customerId: form.customerId,
    siteId: form.siteId || null,
    title: form.title.trim(),
    description: form.description.trim() || null,
    agreedValue: valued ? { net: amount(form.net), vat: amount(form.vat) } : null,
  };
}

export const CREATE_KEYS = ['customerId', 'siteId', 'title', 'description', 'agreedValue', 'agreedValue.net', 'agreedValue.vat'];

/** What may be done to a job in its state, in the order the page offers it. */
export function actionsFor(status: Schemas['JobStatus']): ('schedule' | 'start' | 'complete' | 'reopen' | 'cancel')[] {
  switch (status) {
    case 'open': return ['schedule', 'start', 'complete', 'cancel'];
    case 'scheduled': return ['schedule', 'start', 'complete', 'cancel'];
    case 'in-progress': return ['complete', 'cancel'];
    case 'completed': return ['reopen'];
    case 'cancelled': return [];
  }
}

/** A job's details as the change form holds them (text, as typed). */
export interface DetailsForm { title: string; description: string; siteId: string }

export const detailsFormOf = (job: { title: string; description?: string; siteId?: string }): DetailsForm =>
  ({ title: job.title, description: job.description ?? '', siteId: job.siteId ?? '' });

/** The change command, whole: a description or site left blank is cleared. */
export function detailsBody(form: DetailsForm): Record<string, unknown> {
  return { title: form.title.trim(), description: form.description.trim() || null, siteId: form.siteId || null };
}

export const DETAILS_KEYS = ['title', 'description', 'siteId'];

/** A value agreed later as the form holds it: pounds as typed, and why. */
export interface ValueForm { net: string; vat: string; reason: string }

export const valueFormOf = (job: { agreedValue?: { net: number; vat: number } }): ValueForm => ({
  net: job.agreedValue ? (job.agreedValue.net / 100).toFixed(2) : '',
  vat: job.agreedValue ? (job.agreedValue.vat / 100).toFixed(2) : '',
  reason: '',
});

/**
 * The agreed-value command: pounds the form cannot read are sent as typed, for the API to name the field;
 * a blank VAT is no VAT.
 */
export function valueBody(form: ValueForm): Record<string, unknown> {
  const amount = (text: string, blank: unknown) => (text.trim() === '' ? blank : parsePounds(text) ?? text);
  return { net: amount(form.net, null), vat: amount(form.vat, 0), reason: form.reason.trim() || null };
}

export const VALUE_KEYS = ['net', 'vat', 'reason'];
