import { describe, expect, it } from 'vitest';
import { actionsFor, createBody, detailsBody, detailsFormOf, emptyJobForm, valueBody, valueFormOf } from './jobForm';

describe('a new job', () => {
  it('sends the agreed value in pence, and none when nothing was typed', () => {
    const form = { ...emptyJobForm('c-1'), title: ' Boiler service ', net: '1,250.50', vat: '250.10' };
    expect(createBody('j-1', form)).toEqual({ jobId: 'j-1', customerId: 'c-1', siteId: null, title: 'Boiler service', description: null,
      agreedValue: { net: 125_050, vat: 25_010 } });
    expect(createBody('j-1', { ...form, net: '', vat: '' }).agreedValue).toBeNull();
  });

  it('sends an amount it cannot read as typed, for the API to name it', () => {
    expect(createBody('j-1', { ...emptyJobForm('c-1'), net: 'lots', vat: '' }).agreedValue).toEqual({ net: 'lots', vat: 0 });
  });
});

describe('what may be done to a job', () => {
  it('follows its life cycle: a completed job is only reopened, a cancelled one is final', () => {
    expect(actionsFor('open')).toEqual(['schedule', 'start', 'complete', 'cancel']);
    expect(actionsFor('in-progress')).toEqual(['complete', 'cancel']);
    expect(actionsFor('completed')).toEqual(['reopen']);
    expect(actionsFor('cancelled')).toEqual([]);
  });
});

describe('changing a job\'s details', () => {
  it('sends them whole, a blank description or site cleared', () => {
    const form = detailsFormOf({ title: 'Boiler service', description: 'Annual', siteId: 's-1' });
    expect(detailsBody(form)).toEqual({ title: 'Boiler service', description: 'Annual', siteId: 's-1' });
    expect(detailsBody({ ...form, title: ' Boiler swap ', description: '  ', siteId: '' }))
      .toEqual({ title: 'Boiler swap', description: null, siteId: null });
    expect(detailsFormOf({ title: 'Gutter' })).toEqual({ title: 'Gutter', description: '', siteId: '' });
  });
});

describe('a value agreed later', () => {
  it('starts from the agreed value in pounds and sends pence, a blank VAT as none and a blank reason as null', () => {
    const form = valueFormOf({ agreedValue: { net: 45_000, vat: 9_000 } });
    expect(form).toEqual({ net: '450.00', vat: '90.00', reason: '' });
    expect(valueBody({ ...form, net: '520', reason: ' Second radiator ' })).toEqual({ net: 52_000, vat: 9_000, reason: 'Second radiator' });
    expect(valueBody({ net: '100', vat: ' ', reason: '' })).toEqual({ net: 10_000, vat: 0, reason: null });
  });

  it('sends what it cannot read as typed, and a blank net as missing, for the API to name the field', () => {
    expect(valueBody({ net: '', vat: 'ten', reason: '' })).toEqual({ net: null, vat: 'ten', reason: null });
    expect(valueFormOf({})).toEqual({ net: '', vat: '', reason: '' });
  });
});
