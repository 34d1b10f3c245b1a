import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { formErrorsOf } from '../../app/api';
import { useApp } from '../../app/session';
import { ukDateTime } from '../../lib/format';
import type { FormErrors } from '../../lib/problems';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { formOf, GROUP_KEYS, groupBody, type Group, type Settings, type SettingsForm } from './settingsForm';

const NO_ERRORS: FormErrors = { fields: {}, form: [] };
const STAGGERS = { 'mar-jun-sep-dec': 'March, June, September, December', 'apr-jul-oct-jan': 'April, July, October, January',
  'may-aug-nov-feb': 'May, August, November, February' };

/** The business's settings: owners change them, group by group; admins read them. */
export default function SettingsScreen() {
  const { api, session } = useApp();
  const owner = session.roles.includes('owner');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [errors, setErrors] = useState<Partial<Record<Group, FormErrors>>>({});
  const [saved, setSaved] = useState<Group | null>(null);
  const [busy, setBusy] = useState<Group | null>(null);

  async function load() {
    try {
      const s = await api.get<Settings>('/settings');
      setSettings(s);
      setForm(formOf(s));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }
  useEffect(() => { void load(); }, []); // eslint-disable-line react-hooks/exhaustive-deps

  if (loadError !== null) return <LoadError error={loadError} retry={load} />;
  if (!form || !settings) return <Loading what="the settings" />;
  const update = (change: Partial<SettingsForm>) => { setForm((f) => (f ? { ...f, ...change } : f)); setSaved(null); };

  /** Saves one group; the page keeps what was saved (the read side may take a moment to show it). */
  async function save(group: Group, e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    setBusy(group);
    setErrors((all) => ({ ...all, [group]: NO_ERRORS }));
    try {
      await api.command('PUT', '/settings', groupBody(group, form));
      setSaved(group);
    } catch (err) {
      setErrors((all) => ({ ...all, [group]: formErrorsOf(err, GROUP_KEYS[group]) }));
    } finally {
      setBusy(null);
    }
  }

  const err = (group: Group, key: string) => errors[group]?.fields[key];
  const section = (group: Group, legend: string, children: ReactNode, hint?: string) => (
    <form key={group} onSubmit={(e) => save(group, e)} noValidate aria-label={legend}>
      <fieldset disabled={!owner || busy !== null}>
        <legend>{legend}</legend>
        {hint && <p className="hint">{hint}</p>}
        <FormErrorsSummary messages={errors[group]?.form ?? []} />
        <div className="grid">{children}</div>
        {owner && <button type="submit">Save</button>}
        {saved === group && <span className="ok" role="status"> Saved.</span>}
      </fieldset>
    </form>
  );

  return (
    <section>
      <h1>Settings</h1>
      <p className="sub">{owner ? 'Only the owner changes these.' : 'The owner changes these; you can read them.'}
        {settings.updatedAt && <> Last changed {ukDateTime(settings.updatedAt)}.</>}</p>
      {section('business', 'The business', <>
        <Field id="name" label="Business name" error={err('business', 'name')}>
          {(p) => <input {...p} value={form.name} onChange={(e) => update({ name: e.target.value })} />}
        </Field>
        <Field id="address" label="Address" error={err('business', 'address')}>
          {(p) => <textarea {...p} rows={3} value={form.address} onChange={(e) => update({ address: e.target.value })} />}
        </Field>
      </>)}
      {section('vat', 'VAT registration', <>
        <Field id="vatRegistered" label="Registered for VAT" error={err('vat', 'vatRegistered')}>
          {(p) => (
            <select {...p} value={form.vatRegistered} onChange={(e) => update({ vatRegistered: e.target.value as SettingsForm['vatRegistered'] })}>
              <option value="">Not said</option><option value="yes">Yes</option><option value="no">No</option>
            </select>
          )}
        </Field>
        {form.vatRegistered !== 'no' && <>
          <Field id="vatNumber" label="VAT number" hint="GB and 9 or 12 digits." error={err('vat', 'vatNumber')}>
            {(p) => <input {...p} value={form.vatNumber} onChange={(e) => update({ vatNumber: e.target.value })} />}
          </Field>
          <Field id="vatRegisteredFrom" label="Registered from (DD/MM/YYYY)" error={err('vat', 'vatRegisteredFrom')}>
            {(p) => <input {...p} inputMode="numeric" value={form.vatRegisteredFrom} onChange={(e) => update({ vatRegisteredFrom: e.target.value })} />}
          </Field>
        </>}
      </>, 'Quotes charge VAT only for work on or after the day the business was registered.')}
      {section('stagger', 'VAT quarters', (
        <Field id="vatQuarterStagger" label="Quarters end in" error={err('stagger', 'vatQuarterStagger')}>
          {(p) => (
            <select {...p} value={form.vatQuarterStagger} onChange={(e) => update({ vatQuarterStagger: e.target.value })}>
              <option value="">Not said</option>
              {Object.entries(STAGGERS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
            </select>
          )}
        </Field>
      ))}
      {section('quotes', 'Quotes', <>
        <Field id="rounding" label="VAT rounding" error={err('quotes', 'rounding')}>
          {(p) => (
            <select {...p} value={form.rounding} onChange={(e) => update({ rounding: e.target.value })}>
              <option value="">Not said</option>
              <option value="per-line">Line by line</option>
              <option value="per-document">On the whole quote</option>
            </select>
          )}
        </Field>
        <Field id="quoteValidityDays" label="A new quote is valid for (days)" error={err('quotes', 'quoteValidityDays')}>
          {(p) => <input {...p} inputMode="numeric" value={form.quoteValidityDays} onChange={(e) => update({ quoteValidityDays: e.target.value })} />}
        </Field>
      </>)}
      {section('numbering', 'Quote numbers', <>
        <Field id="quoteNumberPrefix" label="Prefix" hint="Up to 10 of A–Z, 0–9, - and /, starting with a letter." error={err('numbering', 'quoteNumberPrefix')}>
          {(p) => <input {...p} value={form.quoteNumberPrefix} onChange={(e) => update({ quoteNumberPrefix: e.target.value })} />}
        </Field>
        <Field id="nextQuoteNumber" label="Next number" hint="Moving from another tool? Carry on from its last number." error={err('numbering', 'nextQuoteNumber')}>
          {(p) => <input {...p} inputMode="numeric" value={form.nextQuoteNumber} onChange={(e) => update({ nextQuoteNumber: e.target.value })} />}
        </Field>
      </>)}
      {section('costs', 'Costs, for job costing', <>
        <Field id="staffHourlyCost" label="Staff, an hour (£)" error={err('costs', 'staffHourlyCost')}>
          {(p) => <input {...p} inputMode="decimal" value={form.staffHourlyCost} onChange={(e) => update({ staffHourlyCost: e.target.value })} />}
        </Field>
        <Field id="equipmentHourlyCost" label="Equipment, an hour (£)" error={err('costs', 'equipmentHourlyCost')}>
          {(p) => <input {...p} inputMode="decimal" value={form.equipmentHourlyCost} onChange={(e) => update({ equipmentHourlyCost: e.target.value })} />}
        </Field>
      </>)}
    </section>
  );
}
