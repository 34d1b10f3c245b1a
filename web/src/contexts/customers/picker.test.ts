import { describe, expect, it } from 'vitest';
import { searchField } from './CustomerPicker';

describe('what a typed search is searched as', () => {
  it('an e-mail by its @, a phone by its digits, a postcode by its shape, anything else a name', () => {
    expect(searchField('zoe@hill')).toBe('email');
    expect(searchField('07700 900')).toBe('phone');
    expect(searchField('+44 7700')).toBe('phone');
    expect(searchField('LS1 1AA')).toBe('postcode');
    expect(searchField('sw1a')).toBe('postcode');
    expect(searchField('Hill Street')).toBe('name');
    expect(searchField('Zoë')).toBe('name');
  });
});
