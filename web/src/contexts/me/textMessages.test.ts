import { describe, expect, it } from 'vitest';
import { textsBody, textsFormOf, ukMobile } from './textMessages';

describe('my text messages', () => {
  it('shows the stored number as people write it, and none as blank and not opted in', () => {
    expect(textsFormOf({ mobile: '+447700900123', optIn: true })).toEqual({ mobile: '07700 900123', optIn: true });
    expect(textsFormOf(undefined)).toEqual({ mobile: '', optIn: false });
    expect(ukMobile('+15550100')).toBe('+15550100');
  });

  it('sends the number as typed for the API to check, and a blank one as forgotten', () => {
    expect(textsBody({ mobile: ' 07700 900123 ', optIn: true })).toEqual({ mobile: '07700 900123', optIn: true });
    expect(textsBody({ mobile: '', optIn: false })).toEqual({ mobile: null, optIn: false });
  });
});
