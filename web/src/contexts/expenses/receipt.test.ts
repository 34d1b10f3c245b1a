import { describe, expect, it } from 'vitest';
import { mayAddReceipt, receiptTypeOf } from './ReceiptPanel';

describe('a receipt', () => {
  it('asks for the browser type, or the extension when the browser gives none', () => {
    expect(receiptTypeOf('till.JPG', 'image/jpeg')).toBe('image/jpeg');
    expect(receiptTypeOf('IMG_0042.HEIC', '')).toBe('image/heic');
    expect(receiptTypeOf('invoice.pdf', 'application/pdf')).toBe('application/pdf');
    expect(receiptTypeOf('notes.txt', 'text/plain')).toBeNull();
  });

  it('is added by managers to any expense, by its people only while draft or submitted', () => {
    const e = { loggedBy: 'u-sam', member: 'u-sam', status: 'approved' } as never;
    expect(mayAddReceipt(e, 'u-sam', false)).toBe(false);
    expect(mayAddReceipt(e, 'u-olivia', true)).toBe(true);
    expect(mayAddReceipt({ ...(e as object), status: 'draft' } as never, 'u-sam', false)).toBe(true);
    expect(mayAddReceipt({ ...(e as object), status: 'draft' } as never, 'u-sophie', false)).toBe(false);
  });
});
