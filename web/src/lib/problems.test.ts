import { describe, expect, it } from 'vitest';
import { fieldToKey, formErrors, pointerToKey } from './problems';

const invalid = (errors: { field: string; pointer?: string; detail: string }[]) => ({
  type: 'https://jobmate.app/problems/invalid-input', title: 'Invalid input', status: 400, detail: `${errors.length} fields are invalid`, errors,
});

describe('problem+json to form errors', () => {
  it('puts each named field under its input, by its JSON Pointer', () => {
    const result = formErrors(invalid([
      { field: 'title', pointer: '#/title', detail: 'must not be blank' },
      { field: 'lines[1].quantity', pointer: '#/lines/1/quantity', detail: 'must have at most 3 decimals' },
    ]), ['title', 'lines.1.quantity']);
    expect(result.fields).toEqual({ title: 'Must not be blank.', 'lines.1.quantity': 'Must have at most 3 decimals.' });
    expect(result.form).toEqual([]);
  });
  it('shows at the top what names no field of the form, and the body as a whole', () => {
    const result = formErrors(invalid([
      { field: 'colour', pointer: '#/colour', detail: 'is not a field' },
      { field: '(body)', pointer: '#', detail: 'must be a JSON object' },
    ]), ['title']);
    expect(result.fields).toEqual({});
    expect(result.form).toEqual(['colour: Is not a field.', 'Must be a JSON object.']);
  });
  it('maps query, path and header parameters by their field name', () => {
    expect(fieldToKey('limit (query)')).toBe('limit');
    expect(fieldToKey('lines[2].discount.percent')).toBe('lines.2.discount.percent');
    expect(pointerToKey('#/a~1b/0')).toBe('a/b.0');
    const result = formErrors(invalid([{ field: 'dueTo (query)', detail: 'must not be before dueFrom' }]), ['dueTo']);
    expect(result.fields).toEqual({ dueTo: 'Must not be before dueFrom.' });
  });
  it('shows a problem without field errors (a refused command) in its own words', () => {
    const result = formErrors({ type: 'https://jobmate.app/problems/quote.not-draft', title: 'Conflict', status: 409, detail: 'the quote is not a draft', code: 'quote.not-draft' });
    expect(result.form).toEqual(['The quote is not a draft.']);
  });
  it('joins two messages about one field', () => {
    const result = formErrors(invalid([
      { field: 'title', pointer: '#/title', detail: 'must not be blank' },
      { field: 'title', pointer: '#/title', detail: 'is too long' },
    ]));
    expect(result.fields.title).toBe('Must not be blank. Is too long.');
  });
});
