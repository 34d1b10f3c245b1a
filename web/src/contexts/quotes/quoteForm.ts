/**
 * The quote editor's form as typed, and what it becomes: the request bodies sent to the API (what
 * was typed is sent as typed where it does not parse, so the API names the field) and the lines the
 * live totals are priced from (only what parses; optional lines left out, as the server leaves them).
 */
import type { Schemas } from '../../app/api';
import { parsePounds, parseUkDate, ukDate } from '../../lib/format';
import { uuidv7 } from '../../lib/uuid';
import type { PercentOrAmount, PricedLine, VatCode } from './pricing/pricing';
import { scaled } from './pricing/pricing';

export type AdjustmentKind = 'none' | 'percent' | 'amount';

export interface LineForm {
  lineId: string;
  description: string;
  quantity: string;
  unitPrice: string;
  vatCode: VatCode;
  discountPercent: string;
  optional: boolean;
  pricesIncludeVat: boolean;
  /** Whether the server has this line (so a save changes it rather than adds it). */
  saved: boolean;
}

export interface QuoteForm {
  customerId: string;
  title: string;
  validUntil: string;
  notes: string;
  terms: string;
  discountKind: AdjustmentKind;
  discount: string;
  depositKind: AdjustmentKind;
  deposit: string;
  lines: LineForm[];
}

export function newLine(): LineForm {
  return { lineId: uuidv7(), description: '', quantity: '1', unitPrice: '', vatCode: 'standard', discountPercent: '',
    optional: false, pricesIncludeVat: false, saved: false };
}

export function emptyForm(): QuoteForm {
  return { customerId: '', title: '', validUntil: '', notes: '', terms: '', discountKind: 'none', discount: '',
    depositKind: 'none', deposit: '', lines: [newLine()] };
}

function poundsText(pence: number | undefined): string {
  if (pence === undefined) return '';
  return `${Math.trunc(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}

function adjustmentForm(a: Schemas['Adjustment'] | undefined): [AdjustmentKind, string] {
  if (!a) return ['none', ''];
  if (a.percent !== undefined) return ['percent', String(a.percent)];
  return ['amount', poundsText(a.amount)];
}

export function formOf(detail: Schemas['QuoteDetail']): QuoteForm {
  const [discountKind, discount] = adjustmentForm(detail.discount);
  const [depositKind, deposit] = adjustmentForm(detail.deposit);
  return {
    customerId: detail.customerId, title: detail.title, validUntil: ukDate(detail.validUntil), notes: detail.notes ?? '',
    terms: detail.terms ?? '', discountKind, discount, depositKind, deposit,
    lines: detail.lines.map((l) => ({
      lineId: l.lineId, description: l.description, quantity: String(l.quantity), unitPrice: poundsText(l.unitPrice),
      vatCode: l.vatCode, discountPercent: l.discount?.percent !== undefined ? String(l.discount.percent) : '',
      optional: l.optional, pricesIncludeVat: Boolean(l.pricesIncludeVat), saved: true,
    })),
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);
const numberOr = (s: string): number | string => (/^\d+(\.\d+)?$/.test(s.trim()) ? Number(s.trim()) : s);

function adjustmentBody(kind: AdjustmentKind, value: string): unknown {
  if (kind === 'none' || value.trim() === '') return null;
  if (kind === 'percent') return { percent: numberOr(value) };
  return { amount: parsePounds(value) ?? value };
}

export function detailsBody(form: QuoteForm): Record<string, unknown> {
  return {
    customerId: form.customerId.trim(),
    title: form.title,
    validUntil: form.validUntil.trim() === '' ? null : parseUkDate(form.validUntil) ?? form.validUntil,
    notes: orNull(form.notes),
    terms: orNull(form.terms),
    discount: adjustmentBody(form.discountKind, form.discount),
    deposit: adjustmentBody(form.depositKind, form.deposit),
  };
}

export function lineBody(line: LineForm, withId: boolean): Record<string, unknown> {
  return {
    ...(withId ? { lineId: line.lineId } : {}),
    description: line.description,
    quantity: numberOr(line.quantity),
    unitPrice: parsePounds(line.unitPrice) ?? line.unitPrice,
    vatCode: line.vatCode,
    discount: line.discountPercent.trim() === '' ? null : { percent: numberOr(line.discountPercent) },
    optional: line.optional,
    pricesIncludeVat: line.pricesIncludeVat,
  };
}

export function draftBody(quoteId: string, form: QuoteForm): Record<string, unknown> {
  return { quoteId, ...detailsBody(form), lines: form.lines.map((l) => lineBody(l, true)) };
}

function adjustmentOf(kind: AdjustmentKind, value: string): PercentOrAmount | null {
  if (kind === 'none' || value.trim() === '') return null;
  try {
    if (kind === 'percent') { scaled(value, 2); return { percent: value.trim() }; }
  } catch {
    return null;
  }
  const pence = parsePounds(value);
  return pence === null || pence <= 0 ? null : { amount: pence };
}

/** The lines as priced now: those that parse and are not optional. */
export function pricedLines(form: QuoteForm): PricedLine[] {
  return form.lines.flatMap((l) => {
    if (l.optional) return [];
    const unitPrice = parsePounds(l.unitPrice);
    try {
      scaled(l.quantity, 3);
      if (l.discountPercent.trim() !== '') scaled(l.discountPercent, 2);
    } catch {
      return [];
    }
    if (unitPrice === null) return [];
    return [{ quantity: l.quantity.trim(), unitPrice, vatCode: l.vatCode,
      discount: l.discountPercent.trim() === '' ? null : { percent: l.discountPercent.trim() }, pricesIncludeVat: l.pricesIncludeVat }];
  });
}

export function pricedAdjustments(form: QuoteForm): { discount: PercentOrAmount | null; deposit: PercentOrAmount | null } {
  return { discount: adjustmentOf(form.discountKind, form.discount), deposit: adjustmentOf(form.depositKind, form.deposit) };
}

/** The form's field keys, as the problem's pointers name them. */
export function fieldKeys(form: QuoteForm): string[] {
  const keys = ['customerId', 'title', 'validUntil', 'notes', 'terms', 'discount', 'discount.percent', 'discount.amount',
    'deposit', 'deposit.percent', 'deposit.amount', 'lines', 'quoteId'];
  form.lines.forEach((_, i) => ['', '.description', '.quantity', '.unitPrice', '.vatCode', '.discount', '.discount.percent',
    '.optional', '.pricesIncludeVat', '.lineId'].forEach((f) => keys.push(`lines.${i}${f}`)));
  return keys;
}

/** Which input shows the error of a key: "discount.percent" is shown at the discount's input. */
export function inputKey(key: string): string {
  return key.replace(/\.(percent|amount)$/, '');
}
