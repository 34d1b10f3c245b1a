import { useEffect, useState, type FormEvent } from 'react';
import { type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { useCommands } from '../../ui/useCommands';
import { textsBody, textsFormOf, type TextsForm } from './textMessages';

const ROLES: Record<Schemas['Role'], string> = { owner: 'Owner', admin: 'Admin', staff: 'Staff' };

/**
 * My account: who I am to the team, and my text messages — a UK mobile and whether I want a text when a
 * visit of mine today is moved or cancelled while I have Jobmate closed.
 */
export default function MyAccountScreen() {
  const { api, session } = useApp();
  const [me, setMe] = useState<Schemas['Me'] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [form, setForm] = useState<TextsForm>(textsFormOf());
  const { busy, errors, saved, run } = useCommands();

  async function load() {
    try {
      const answer = await api.get<Schemas['Me']>('/me');
      setMe(answer);
      setForm(textsFormOf(answer.textMessages));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }
  useEffect(() => { void load(); }, []); // eslint-disable-line react-hooks/exhaustive-deps

  function save(e: FormEvent) {
    e.preventDefault();
    void run(() => api.command('PUT', `/team/members/${session.userId}/text-messages`, textsBody(form)),
      form.optIn ? 'Saved: you will get texts.' : 'Saved: no texts.', ['mobile', 'optIn']);
  }

  if (loadError !== null) return <LoadError error={loadError} retry={() => load()} />;
  if (!me) return <Loading what="your account" />;
  return (
    <section>
      <h1>My account</h1>
      <dl className="facts">
        {me.name && <><dt>Name</dt><dd>{me.name}</dd></>}
        {me.email && <><dt>Email</dt><dd>{me.email}</dd></>}
        {me.role && <><dt>Role</dt><dd>{ROLES[me.role]}</dd></>}
        {me.businessName && <><dt>Business</dt><dd>{me.businessName}</dd></>}
      </dl>
      {saved && <p className="ok" role="status">{saved}</p>}
      <FormErrorsSummary messages={errors.form} />
      <form onSubmit={save} noValidate aria-label="Text messages">
        <fieldset disabled={busy}>
          <legend>Text messages</legend>
          <p className="sub">A text when a visit of yours today is moved or cancelled while you have Jobmate closed
            (at most one in ten minutes, ten a day).</p>
          <Field id="mobile" label="UK mobile number" hint="Such as 07700 900123." error={errors.fields.mobile}>
            {(p) => <input {...p} type="tel" inputMode="tel" autoComplete="tel" value={form.mobile}
              onChange={(e) => setForm((f) => ({ ...f, mobile: e.target.value }))} />}
          </Field>
          <label className="check"><input type="checkbox" checked={form.optIn}
            onChange={(e) => setForm((f) => ({ ...f, optIn: e.target.checked }))} /> Text me about today's visits</label>
          <p><button type="submit">Save</button></p>
        </fieldset>
      </form>
    </section>
  );
}
