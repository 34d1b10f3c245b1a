import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { type CommandResult } from '../../app/api';
import { seesPrices } from '../../app/auth';
import { useApp } from '../../app/session';
import { londonToday, money, ukDate, ukDateTime } from '../../lib/format';
import { uuidv7 } from '../../lib/uuid';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { useCommands } from '../../ui/useCommands';
import { VAT_LABELS } from '../quotes/labels';
import { VAT_CODES } from '../quotes/pricing/pricing';
import ReceiptPanel from './ReceiptPanel';
import {
  actionsFor, CATEGORY_LABELS, VEHICLES, detailsBody, emptyExpenseForm, FIELD_KEYS, formOf, inputKey, LOGGED_CATEGORIES, STATUS_LABELS,
  type Expense, type ExpenseForm,
} from './expenseForm';


export default function ExpenseScreen() {
  const { expenseId } = useParams();
  const { api, session } = useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const arrivedAt = (location.state as { minVersion?: number } | null)?.minVersion;
  const manager = seesPrices(session);
  const [expense, setExpense] = useState<Expense | null>(null);
  const [form, setForm] = useState<ExpenseForm>(() => emptyExpenseForm(londonToday(), session.userId));
  const [loadError, setLoadError] = useState<unknown>(null);
  const { busy, errors, saved, setSaved, run: command } = useCommands();
  const [reason, setReason] = useState('');

  async function load(id: string, minVersion?: number) {
    try {
      const e = await api.get<Expense>(`/expenses/${id}`, { minVersion });
      setExpense(e);
      setForm(formOf(e));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }
  useEffect(() => {
    if (expenseId) void load(expenseId, arrivedAt);
    else { setExpense(null); setForm(emptyExpenseForm(londonToday(), session.userId)); }
  }, [expenseId]); // eslint-disable-line react-hooks/exhaustive-deps

  const update = (change: Partial<ExpenseForm>) => { setForm((f) => ({ ...f, ...change })); setSaved(null); };

  /** Runs a command; afterwards the expense as it now is, unless {@code then} says otherwise. */
  const run = (action: () => Promise<CommandResult>, message: string, known: string[], then?: (r: CommandResult) => void) =>
    command(action, message, known, then ?? (async (result) => { if (expense) await load(expense.expenseId, result.version); }));

  function save(e: FormEvent) {
    e.preventDefault();
    if (expense) {
      void run(() => api.command('PUT', `/expenses/${expense.expenseId}`, detailsBody(form)), 'Saved.', FIELD_KEYS);
      return;
    }
    const id = uuidv7();
    void run(() => api.command('POST', '/expenses', { expenseId: id, ...detailsBody(form) }), 'Logged as a draft.', [...FIELD_KEYS, 'expenseId'],
      (result) => navigate(`/expenses/${id}`, { replace: true, state: { minVersion: result.version } }));
  }

  const err = (key: string) => Object.entries(errors.fields).filter(([k]) => inputKey(k) === key).map(([, v]) => v).join(' ') || undefined;
  if (expenseId && !expense && loadError === null) return <Loading what="the expense" />;
  if (loadError !== null) return <LoadError error={loadError} retry={() => expenseId && load(expenseId)} />;
  const actions = expense ? actionsFor(expense, session.userId, manager) : ['change' as const];
  const editable = actions.includes('change');
  const path = expense ? `/expenses/${expense.expenseId}` : '';

  return (
    <section>
      <p><Link to="/expenses">← Expenses</Link></p>
      <h1>{expense ? `${expense.supplier}, ${ukDate(expense.date)}` : 'Log an expense'}</h1>
      {expense && <p className="sub"><span className={`state state-${expense.status}`}>{STATUS_LABELS[expense.status]}</span>
        {expense.behind && <> · <em>still catching up with your last change</em></>}</p>}
      {saved && <p className="ok" role="status">{saved}</p>}
      <FormErrorsSummary messages={errors.form} />
      {expense && (
        <dl className="facts">
          <dt>Net</dt><dd>{money(expense.amounts.net)}</dd>
          <dt>VAT</dt><dd>{money(expense.amounts.vat)} ({VAT_LABELS[expense.amounts.vatCode] ?? expense.amounts.vatCode}, {expense.amounts.ratePercent}%)
            {expense.amounts.reverseChargeVat > 0 && <> · {money(expense.amounts.reverseChargeVat)} reverse charge for the business to account for</>}</dd>
          <dt>Total</dt><dd><strong>{money(expense.amounts.gross)}</strong> ({expense.amounts.entered === 'gross' ? 'as paid' : 'net as entered'})</dd>
          <dt>Paid by</dt><dd>{expense.paidBy === 'company' ? 'The company' : expense.member === session.userId ? 'You, to be paid back' : 'A member of staff, to be paid back'}</dd>
          <dt>Logged</dt><dd>{ukDateTime(expense.loggedAt)}</dd>
          {expense.submittedAt && <><dt>Submitted</dt><dd>{ukDateTime(expense.submittedAt)}</dd></>}
          {expense.approvedAt && <><dt>Approved</dt><dd>{ukDateTime(expense.approvedAt)}</dd></>}
          {expense.refusedAt && <><dt>Refused</dt><dd>{ukDateTime(expense.refusedAt)}{expense.refusalReason && `: ${expense.refusalReason}`}</dd></>}
          {expense.reimbursedAt && <><dt>Paid back</dt><dd>{money(expense.reimbursedAmount)} on {ukDateTime(expense.reimbursedAt)}</dd></>}
        </dl>
      )}
      {expense && <ReceiptPanel expense={expense} manager={manager} onAttached={(version) => void load(expense.expenseId, version)} />}
      {expense?.mileage && (
        <div className="table-wrap">
          <table>
            <caption>Mileage by {VEHICLES[expense.mileage.vehicle].toLowerCase()}{expense.mileage.passengers > 0 && `, ${expense.mileage.passengers} colleague${expense.mileage.passengers > 1 ? 's' : ''} carried`}</caption>
            <thead><tr><th scope="col">Date</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Purpose</th><th scope="col" className="num">Miles</th></tr></thead>
            <tbody>{expense.mileage.journeys.map((j, i) => (
              <tr key={i}><td>{ukDate(j.date)}</td><td>{j.from}</td><td>{j.to}</td><td>{j.purpose}</td><td className="num">{j.miles}</td></tr>
            ))}</tbody>
            <tfoot>{expense.mileage.parts.map((p) => (
              <tr key={p.taxYear}><th scope="row" colSpan={4}>Tax year {p.taxYear}: {p.cheapMiles} at the first rate{p.dearMiles > 0 && `, ${p.dearMiles} at 25p`}{p.passengerMiles > 0 && `, ${p.passengerMiles} passenger miles at 5p`}</th>
                <td className="num">{money(p.pence)}</td></tr>
            ))}</tfoot>
          </table>
        </div>
      )}
      {expense?.mileage && expense.status === 'draft' && actions.includes('submit') && (
        <p><Link className="button" to={`/expenses/${expense.expenseId}/mileage`}>Change the journeys</Link></p>
      )}
      {editable && (
        <form onSubmit={save} noValidate aria-label="Expense">
          <fieldset disabled={busy}>
            <legend>{expense ? 'Change the draft' : 'The receipt'}</legend>
            <div className="grid">
              <Field id="date" label="Date (DD/MM/YYYY)" error={err('date')}>
                {(p) => <input {...p} inputMode="numeric" value={form.date} onChange={(e) => update({ date: e.target.value })} />}
              </Field>
              <Field id="supplier" label="Supplier" error={err('supplier')}>
                {(p) => <input {...p} value={form.supplier} onChange={(e) => update({ supplier: e.target.value })} />}
              </Field>
              <Field id="category" label="Category" error={err('category')}>
                {(p) => (
                  <select {...p} value={form.category} onChange={(e) => update({ category: e.target.value as ExpenseForm['category'] })}>
                    {LOGGED_CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c]}</option>)}
                  </select>
                )}
              </Field>
              <Field id="entered" label="The amount on the receipt is" error={undefined}>
                {(p) => (
                  <select {...p} value={form.entered} onChange={(e) => update({ entered: e.target.value as ExpenseForm['entered'] })}>
                    <option value="gross">The total paid, VAT included</option>
                    <option value="net">Before VAT</option>
                  </select>
                )}
              </Field>
              <Field id="amount" label="Amount (£)" error={err('amount')}>
                {(p) => <input {...p} inputMode="decimal" value={form.amount} onChange={(e) => update({ amount: e.target.value })} />}
              </Field>
              <Field id="vatCode" label="VAT" error={err('vatCode')}>
                {(p) => (
                  <select {...p} value={form.vatCode} onChange={(e) => update({ vatCode: e.target.value })}>
                    {VAT_CODES.map((c) => <option key={c} value={c}>{VAT_LABELS[c] ?? c}</option>)}
                  </select>
                )}
              </Field>
              <Field id="paidBy" label="Paid by" error={err('paidBy') ?? err('member')}>
                {(p) => (
                  <select {...p} value={form.paidBy} onChange={(e) => update({ paidBy: e.target.value as ExpenseForm['paidBy'] })}>
                    <option value="member">Me, to be paid back</option>
                    {manager && <option value="company">The company</option>}
                  </select>
                )}
              </Field>
            </div>
            <Field id="description" label="What it was for" error={err('description')}>
              {(p) => <textarea {...p} rows={2} value={form.description} onChange={(e) => update({ description: e.target.value })} />}
            </Field>
            <button type="submit">{expense ? 'Save' : 'Log it'}</button>
          </fieldset>
        </form>
      )}
      {expense && actions.some((a) => a !== 'change') && (
        <section aria-labelledby="expense-actions" className="actions">
          <h2 id="expense-actions">What next</h2>
          {actions.includes('submit') && <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/submit`), 'Submitted for approval.', [])}>Submit for approval</button>}
          {actions.includes('approve') && <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/approve`), 'Approved.', [])}>Approve</button>}
          {actions.includes('refuse') && (
            <div className="inline">
              <Field id="reason" label="Reason for refusing" error={errors.fields.reason}>
                {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
              <button type="button" className="danger" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/refuse`, { reason }), 'Refused.', ['reason'])}>Refuse</button>
            </div>
          )}
          {actions.includes('reimburse') && <button type="button" disabled={busy} onClick={() => run(() => api.command('POST', `${path}/reimburse`), 'Marked as paid back.', [])}>Mark as paid back</button>}
        </section>
      )}
    </section>
  );
}
