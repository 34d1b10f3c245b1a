import { describe, expect, it } from 'vitest';
import { actionsFor, createBody, detailsBody, detailsFormOf, emptyJobForm } from './jobForm';

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
