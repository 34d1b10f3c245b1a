/**
 * The business's settings as the page holds them (text, as typed), in the groups the API sets whole:
 * a save sends one group and leaves the others as they are.
 */
import type { Schemas } from '../../app/api';
import { parsePounds, parseUkDate, ukDate } from '../../lib/format';

export type Settings = Schemas['Settings'];

export interface SettingsForm {
  name: string;
  address: string;
  vatRegistered: 'yes' | 'no' | '';
  vatNumber: string;
  vatRegisteredFrom: string;
  vatQuarterStagger: string;
  rounding: string;
  quoteValidityDays: string;
  quoteNumberPrefix: string;
  nextQuoteNumber: string;
  staffHourlyCost: string;
  equipmentHourlyCost: string;
}

export type Group = 'business' | 'vat' | 'stagger' | 'quotes' | 'numbering' | 'costs';

/** The keys of each group's inputs, as problem+json names them. */
export const GROUP_KEYS: Record<Group, (keyof SettingsForm)[]> = {
  business: ['name', 'address'],
  vat: ['vatRegistered', 'vatNumber', 'vatRegisteredFrom'],
  stagger: ['vatQuarterStagger'],
  quotes: ['rounding', 'quoteValidityDays'],
  numbering: ['quoteNumberPrefix', 'nextQuoteNumber'],
  costs: ['staffHourlyCost', 'equipmentHourlyCost'],
};

const pounds = (pence: number | undefined) => (pence === undefined ? '' : `${Math.trunc(pence / 100)}.${String(pence % 100).padStart(2, '0')}`);

export function formOf(s: Settings): SettingsForm {
  return {
    name: s.name ?? '',
    address: s.address ?? '',
    vatRegistered: s.vatRegistered === undefined ? '' : s.vatRegistered ? 'yes' : 'no',
    vatNumber: s.vatNumber ?? '',
    vatRegisteredFrom: ukDate(s.vatRegisteredFrom),
    vatQuarterStagger: s.vatQuarterStagger ?? '',
    rounding: s.rounding ?? '',
    quoteValidityDays: s.quoteValidityDays === undefined ? '' : String(s.quoteValidityDays),
    quoteNumberPrefix: s.quoteNumberPrefix ?? '',
    nextQuoteNumber: s.nextQuoteNumber === undefined ? '' : String(s.nextQuoteNumber),
    staffHourlyCost: pounds(s.staffHourlyCost),
    equipmentHourlyCost: pounds(s.equipmentHourlyCost),
  };
}

/** A whole number as typed, or the text itself for the API to name. */
const whole = (t: string): number | string | null => (t.trim() === '' ? null : /^\d+$/.test(t.trim()) ? Number(t.trim()) : t);
const text = (t: string): string | null => (t.trim() === '' ? null : t.trim());

/** The body that sets {@code group} whole from the form; what the form cannot read is sent as typed, for the API to name. */
export function groupBody(group: Group, f: SettingsForm): Record<string, unknown> {
  switch (group) {
    case 'business': return { name: text(f.name), address: text(f.address) };
    case 'vat': return f.vatRegistered === 'no' ? { vatRegistered: false } : {
      vatRegistered: f.vatRegistered === 'yes' ? true : null,
      vatNumber: text(f.vatNumber.replace(/\s+/g, '')),
      vatRegisteredFrom: f.vatRegisteredFrom.trim() === '' ? null : parseUkDate(f.vatRegisteredFrom) ?? f.vatRegisteredFrom,
    };
    case 'stagger': return { vatQuarterStagger: text(f.vatQuarterStagger) };
    case 'quotes': return { rounding: text(f.rounding), quoteValidityDays: whole(f.quoteValidityDays) };
    case 'numbering': return { quoteNumberPrefix: text(f.quoteNumberPrefix.toUpperCase()), nextQuoteNumber: whole(f.nextQuoteNumber) };
    case 'costs': return {
      staffHourlyCost: f.staffHourlyCost.trim() === '' ? null : parsePounds(f.staffHourlyCost) ?? f.staffHourlyCost,
      equipmentHourlyCost: f.equipmentHourlyCost.trim() === '' ? null : parsePounds(f.equipmentHourlyCost) ?? f.equipmentHourlyCost,
    };
  }
}
