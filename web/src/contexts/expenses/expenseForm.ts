/** An expense as the form holds it (text, as typed) and as the API takes it. */
import type { Schemas } from '../../app/api';
import { parsePounds, parseUkDate, ukDate } from '../../lib/format';

export type Expense = Schemas['Expense'];
export type Category = Schemas['ExpenseCategory'];
export type Status = Schemas['ExpenseStatus'];

export const CATEGORY_LABELS: Record<Category, string> = {
  materials: 'Materials', fuel: 'Fuel', tools: 'Tools', subsistence: 'Subsistence', subcontractors: 'Subcontractors',
  mileage: 'Mileage', other: 'Other',
};
/** The categories a form offers: mileage is claimed by miles, not logged as an amount. */
export const LOGGED_CATEGORIES = (Object.keys(CATEGORY_LABELS) as Category[]).filter((c) => c !== 'mileage');

/** How a mileage claim's vehicle reads. */
export const VEHICLES: Record<'car-or-van' | 'motorcycle' | 'bicycle', string> = { 'car-or-van': 'Car or van', motorcycle: 'Motorcycle', bicycle: 'Bicycle' };

export const STATUS_LABELS: Record<Status, string> = {
  draft: 'Draft', submitted: 'Waiting for approval', approved: 'Approved', refused: 'Refused', reimbursed: 'Reimbursed',
};

export interface ExpenseForm {
  date: string;
  supplier: string;
  description: string;
  category: Category;
  /** Which amount the receipt gives: the other is worked out from the VAT code. */
  entered: 'gross' | 'net';
  amount: string;
  vatCode: string;
  paidBy: 'member' | 'company';
  /** The member owed, when a member paid. */
  member: string;
}

export const emptyExpenseForm = (today: string, me: string): ExpenseForm => ({
  date: ukDate(today), supplier: '', description: '', category: 'materials', entered: 'gross', amount: '', vatCode: 'standard',
  paidBy: 'member', member: me,
});

const pounds = (pence: number) => `${Math.trunc(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;

export function formOf(e: Expense): ExpenseForm {
  const entered = e.amounts.entered;
  return {
    date: ukDate(e.date), supplier: e.supplier, description: e.description ?? '', category: e.category, entered,
    amount: pounds(entered === 'net' ? e.amounts.net : e.amounts.gross), vatCode: e.amounts.vatCode, paidBy: e.paidBy,
    member: e.member ?? '',
  };
}

/** The details the API takes; what the form cannot read is sent as typed, for the API to name the field. */
export function detailsBody(f: ExpenseForm): Record<string, unknown> {
  const amount = f.amount.trim() === '' ? null : parsePounds(f.amount) ?? f.amount;
  return {
    date: f.date.trim() === '' ? null : parseUkDate(f.date) ?? f.date,
    supplier: f.supplier.trim(),
    description: f.description.trim() || null,
    category: f.category,
    [f.entered]: amount,
    vatCode: f.vatCode,
    paidBy: f.paidBy,
    member: f.paidBy === 'member' ? f.member || null : null,
  };
}

/** The form's inputs by the keys problem+json names: an error for `net` or `gross` is the amount's. */
export const FIELD_KEYS = ['date', 'supplier', 'description', 'category', 'net', 'gross', 'vatCode', 'paidBy', 'member', 'jobId'];
export const inputKey = (key: string) => (key === 'net' || key === 'gross' ? 'amount' : key);

/** What the viewer may do with an expense in its state (the API decides; the page offers only these). */
export function actionsFor(e: Expense, me: string, manager: boolean): ('change' | 'submit' | 'approve' | 'refuse' | 'reimburse')[] {
  const mine = e.loggedBy === me || e.member === me;
  const actions: ('change' | 'submit' | 'approve' | 'refuse' | 'reimburse')[] = [];
  // a mileage claim's journeys are not changed as a plain expense (the API answers 409): submit it, or have it refused and claim again
  if (e.status === 'draft' && (mine || manager)) actions.push(...(e.mileage ? ['submit' as const] : ['change' as const, 'submit' as const]));
  if (e.status === 'submitted' && manager && !mine) actions.push('approve', 'refuse');
  if (e.status === 'approved' && manager && e.paidBy === 'member') actions.push('reimburse');
  return actions;
}
