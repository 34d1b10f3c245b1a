/**
 * RFC 9457 problem+json answers mapped onto a form: every invalid field the API names (its JSON
 * Pointer, or its "field" for query, path and header parameters) becomes a message under that
 * field's key, as the form names its inputs ("lines.2.quantity"); what names no field of the form
 * is shown at the top.
 */
import type { components } from '../api/schema';

export type Problem = components['schemas']['Problem'];

export interface FormErrors {
  /** Field key (dotted path, as the form's inputs are named) → message. */
  fields: Record<string, string>;
  /** Messages that name no field of the form (or the whole body). */
  form: string[];
}

/** "#/lines/2/quantity" → "lines.2.quantity"; "#" (the body) → "". */
export function pointerToKey(pointer: string): string {
  return pointer.replace(/^#\/?/, '').split('/').filter((s) => s !== '')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

/** "lines[2].quantity" → "lines.2.quantity"; "limit (query)" → "limit". */
export function fieldToKey(field: string): string {
  return field.replace(/ \((query|path|header)\)$/, '').replace(/\[(\d+)\]/g, '.$1');
}

/** Plain words for a message: "must be at most 3 decimals" → "Must be at most 3 decimals." */
function sentence(detail: string): string {
  const t = detail.trim();
  if (!t) return t;
  const s = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(s) ? s : s + '.';
}

/**
 * The errors of a problem for a form whose inputs have the keys {@code known} (all keys are taken
 * when it is left out). A key the form does not show is shown at the top with its name.
 */
export function formErrors(problem: Problem, known?: Iterable<string>): FormErrors {
  const knownKeys = known ? new Set(known) : null;
  const result: FormErrors = { fields: {}, form: [] };
  for (const e of problem.errors ?? []) {
    const key = e.pointer !== undefined ? pointerToKey(e.pointer) : fieldToKey(e.field);
    const message = sentence(e.detail);
    if (key !== '' && (knownKeys === null || knownKeys.has(key))) {
      result.fields[key] = result.fields[key] ? `${result.fields[key]} ${message}` : message;
    } else {
      result.form.push(key === '' ? message : `${e.field}: ${message}`);
    }
  }
  if ((problem.errors ?? []).length === 0) {
    result.form.push(sentence(problem.detail ?? problem.title));
  }
  return result;
}
