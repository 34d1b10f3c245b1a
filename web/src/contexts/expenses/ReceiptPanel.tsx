import { useState, type ChangeEvent } from 'react';
import { ApiError, formErrorsOf, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { ukDateTime } from '../../lib/format';

type Expense = Schemas['Expense'];
type ReceiptType = Schemas['ReceiptType'];
type Grant = Schemas['ReceiptUploadGrant'];
type Link = Schemas['ReceiptLink'];

const TYPES: Record<string, ReceiptType> = {
  'image/jpeg': 'image/jpeg', 'image/png': 'image/png', 'image/heic': 'image/heic', 'image/heif': 'image/heic', 'application/pdf': 'application/pdf',
};
const BY_EXTENSION: Record<string, ReceiptType> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', heic: 'image/heic', pdf: 'application/pdf' };

/** The receipt type to ask a grant for: the browser's type, or the name's extension when the browser gives none (HEIC often). */
export function receiptTypeOf(name: string, browserType: string): ReceiptType | null {
  return TYPES[browserType.toLowerCase()] ?? BY_EXTENSION[name.toLowerCase().split('.').pop() ?? ''] ?? null;
}

/** Who may add a receipt: owners and admins on any expense; its people while it is a draft or submitted. */
export function mayAddReceipt(e: Expense, me: string, manager: boolean): boolean {
  return manager || ((e.loggedBy === me || e.member === me) && (e.status === 'draft' || e.status === 'submitted'));
}

/**
 * The expense's receipt: a photo or PDF sent straight to the receipts bucket with the API's upload grant
 * (never through the API), then attached, which the API does only once it has checked the file's first
 * bytes; shown through a link that works for five minutes.
 */
export default function ReceiptPanel({ expense, manager, onAttached }: { expense: Expense; manager: boolean; onAttached: (version: number) => void }) {
  const { api, session } = useApp();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const receipt = expense.receipt;

  async function upload(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    setMessage(null);
    const type = receiptTypeOf(file.name, file.type);
    if (!type) { setError('A receipt is a JPEG, PNG or HEIC photo, or a PDF.'); return; }
    setBusy(true);
    try {
      const grant = (await api.command('POST', `/expenses/${expense.expenseId}/receipt-upload`, { contentType: type })) as unknown as Grant;
      if (file.size > grant.maxBytes) { setError('A receipt is at most 10 MB.'); return; }
      const form = new FormData();
      Object.entries(grant.fields).forEach(([k, v]) => form.append(k, v));
      form.append('file', file);
      const sent = await fetch(grant.url, { method: 'POST', body: form });
      if (!sent.ok) { setError(`The receipts store refused the file (${sent.status}): try again, or a smaller file.`); return; }
      const attached = await api.command('POST', `/expenses/${expense.expenseId}/receipt`, { key: grant.key });
      setMessage(`${file.name} is attached.`);
      onAttached(attached.version);
    } catch (err) {
      const errors = formErrorsOf(err, ['key', 'contentType']);
      setError(errors.fields.key ?? errors.fields.contentType ?? errors.form.join(' ') ?? String(err));
    } finally {
      setBusy(false);
    }
  }

  async function show() {
    setError(null);
    try {
      const link = await api.get<Link>(`/expenses/${expense.expenseId}/receipt`);
      window.open(link.url, '_blank', 'noopener');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }

  const adds = mayAddReceipt(expense, session.userId, manager);
  if (!receipt && !adds) return null;
  return (
    <section aria-labelledby="receipt-heading" className="receipt">
      <h2 id="receipt-heading">Receipt</h2>
      {receipt ? (
        <p>{receipt.contentType === 'application/pdf' ? 'A PDF' : 'A photo'}, {Math.max(1, Math.round(receipt.size / 1024))} KB, attached {ukDateTime(receipt.attachedAt)}.{' '}
          <button type="button" className="link" onClick={() => void show()}>View the receipt</button></p>
      ) : <p>No receipt yet.</p>}
      {adds && (
        <label className="file">
          {receipt ? 'Replace the receipt' : 'Attach a receipt'} (JPEG, PNG, HEIC or PDF, up to 10 MB)
          <input type="file" accept="image/jpeg,image/png,image/heic,.heic,application/pdf" disabled={busy} onChange={(e) => void upload(e)} />
        </label>
      )}
      {busy && <p role="status">Sending the receipt…</p>}
      {message && <p className="ok" role="status">{message}</p>}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
