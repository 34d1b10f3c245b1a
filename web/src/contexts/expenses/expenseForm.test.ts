import { describe, expect, it } from 'vitest';
import { actionsFor, detailsBody, emptyExpenseForm, formOf, inputKey, type Expense } from './expenseForm';

const ME = 'u-sam';
const expense = (change: Partial<Expense>): Expense => ({
  expenseId: 'e-1', version: 2, behind: false, date: '2026-12-01', supplier: 'City Plumbing', category: 'materials',
  amounts: { vatCode: 'standard', ratePercent: 20, net: 4_500, vat: 900, gross: 5_400, reverseChargeVat: 0, entered: 'gross' },
  paidBy: 'member', member: ME, status: 'draft', loggedBy: ME, loggedAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z',
  ...change,
});

describe('an expense form', () => {
  it('sends the amount the receipt gives in pence, as net or gross, and the date as the API reads it', () => {
    const form = { ...emptyExpenseForm('2026-12-06', ME), supplier: ' City Plumbing ', amount: '54.00' };
    expect(detailsBody(form)).toEqual({ date: '2026-12-06', supplier: 'City Plumbing', description: null, category: 'materials',
      gross: 5_400, vatCode: 'standard', paidBy: 'member', member: ME });
    expect(detailsBody({ ...form, entered: 'net', amount: '45' })).toMatchObject({ net: 4_500 });
    expect(detailsBody({ ...form, entered: 'net', amount: '45' })).not.toHaveProperty('gross');
  });

  it('names no member when the company paid, and sends what it cannot read as typed', () => {
    const form = { ...emptyExpenseForm('2026-12-06', ME), paidBy: 'company' as const, amount: 'a fiver', date: '31/02/2026' };
    expect(detailsBody(form)).toMatchObject({ member: null, gross: 'a fiver', date: '31/02/2026' });
  });

  it('reads back the amount that was entered', () => {
    expect(formOf(expense({})).amount).toBe('54.00');
    expect(formOf(expense({ amounts: { ...expense({}).amounts, entered: 'net' } })).amount).toBe('45.00');
    expect(inputKey('net')).toBe('amount');
    expect(inputKey('supplier')).toBe('supplier');
  });
});

describe('what may be done with an expense', () => {
  it('its owner changes and submits a draft; managers approve or refuse what others submitted, never their own', () => {
    expect(actionsFor(expense({}), ME, false)).toEqual(['change', 'submit']);
    expect(actionsFor(expense({ status: 'submitted' }), ME, true)).toEqual([]);
    expect(actionsFor(expense({ status: 'submitted' }), 'u-olivia', true)).toEqual(['approve', 'refuse']);
    expect(actionsFor(expense({ status: 'submitted' }), 'u-sophie', false)).toEqual([]);
  });

  it('reimburses only an approved expense a member paid', () => {
    expect(actionsFor(expense({ status: 'approved' }), 'u-olivia', true)).toEqual(['reimburse']);
    expect(actionsFor(expense({ status: 'approved', paidBy: 'company', member: undefined }), 'u-olivia', true)).toEqual([]);
  });
});
