/**
 * The customer's details as the form holds them (text, as typed) and as the API takes them. A PUT
 * replaces the details whole, so what the form does not edit (the contact people, the marketing
 * consent) is carried over from the page as it was read, never dropped.
 */
import type { Schemas } from '../../app/api';

export type Detail = Schemas['CustomerDetail'];
export type Details = Schemas['CustomerDetails'];

export interface AddressForm {
  /** The address lines, one per line of the text box. */
  lines: string;
  town: string;
  postcode: string;
}

export interface CustomerForm {
  kind: 'person' | 'company';
  name: string;
  tradingName: string;
  /** One per line (or separated by commas). */
  emails: string;
  phones: string;
  billing: AddressForm;
  notes: string;
  /** Carried over unchanged: the form shows them, the PUT keeps them. */
  contacts: Schemas['ContactPerson'][];
  marketingConsent: Schemas['MarketingConsent'] | null;
}

export const emptyAddress = (): AddressForm => ({ lines: '', town: '', postcode: '' });

export function emptyForm(): CustomerForm {
  return { kind: 'company', name: '', tradingName: '', emails: '', phones: '', billing: emptyAddress(), notes: '', contacts: [], marketingConsent: null };
}

export function formOf(detail: Detail): CustomerForm {
  return {
    kind: detail.kind,
    name: detail.name,
    tradingName: detail.tradingName ?? '',
    emails: detail.emails.join('\n'),
    phones: detail.phones.join('\n'),
    billing: detail.billingAddress ? addressForm(detail.billingAddress) : emptyAddress(),
    notes: detail.notes ?? '',
    contacts: detail.contacts.map((c) => ({ name: c.name, role: c.role ?? null, email: c.email ?? null, phone: c.phone ?? null })),
    marketingConsent: detail.marketingConsentGivenAt && detail.marketingConsentMethod
      ? { givenAt: detail.marketingConsentGivenAt, method: detail.marketingConsentMethod } : null,
  };
}

export function addressForm(address: Schemas['ShownAddress']): AddressForm {
  return { lines: address.lines.join('\n'), town: address.town, postcode: address.postcode };
}

/** The items of a list typed one per line or separated by commas; blanks dropped. */
export function listOf(text: string): string[] {
  return text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
}

/** An address as the API takes it, or null when nothing of it was typed. */
export function addressBody(address: AddressForm): Schemas['PostalAddress'] | null {
  const lines = address.lines.split('\n').map((s) => s.trim()).filter((s) => s !== '');
  if (lines.length === 0 && address.town.trim() === '' && address.postcode.trim() === '') return null;
  return { lines, town: address.town.trim(), postcode: address.postcode.trim() };
}

export function detailsBody(form: CustomerForm): Details {
  const blankToNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    kind: form.kind,
    name: form.name.trim(),
    tradingName: form.kind === 'company' ? blankToNull(form.tradingName) : null,
    contacts: form.contacts,
    emails: listOf(form.emails),
    phones: listOf(form.phones),
    billingAddress: addressBody(form.billing),
    notes: blankToNull(form.notes),
    marketingConsent: form.marketingConsent,
  };
}

/**
 * The input a field the API names belongs to: "emails.1" is the e-mails box, "billingAddress.lines.0"
 * the address lines box, "sites.0.address.postcode" the first new site's postcode.
 */
export function inputKey(key: string): string {
  return key.replace(/^(emails|phones)\.\d+$/, '$1').replace(/(^|\.)lines\.\d+$/, '$1lines');
}

/** Every key of the inputs of the details form (what problem+json may name and the form shows). */
export const DETAIL_KEYS = ['kind', 'name', 'tradingName', 'emails', 'phones', 'billingAddress', 'billingAddress.lines',
  'billingAddress.town', 'billingAddress.postcode', 'notes'];

/** Every key of a site's inputs, under {@code prefix} ("" for a site's own command, "sites.0." on a create). */
export const siteKeys = (prefix: string) => [`${prefix}address`, `${prefix}address.lines`, `${prefix}address.town`,
  `${prefix}address.postcode`, `${prefix}accessNotes`];

/** One line for an address: "9 Hill Street, Leeds LS1 1AA". */
export function oneLine(address: Schemas['ShownAddress'] | undefined): string {
  return address ? `${[...address.lines, address.town].join(', ')} ${address.postcode}` : '';
}
