import { useEffect, useState, type FormEvent } from 'react';
import { formErrorsOf, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { ukDate } from '../../lib/format';
import type { FormErrors } from '../../lib/problems';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';

type ApiClient = Schemas['ApiClient'];
type NewApiClient = Schemas['NewApiClient'];
const NO_ERRORS: FormErrors = { fields: {}, form: [] };

/**
 * API clients (owners only): programs such as the accountant's import read the reports with their own
 * credentials. The secret is shown once, right after adding; revoking ends the access at once.
 */
export default function ApiClientsPanel() {
  const { api } = useApp();
  const [clients, setClients] = useState<ApiClient[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [name, setName] = useState('');
  const [added, setAdded] = useState<NewApiClient | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function load() {
    try {
      setClients((await api.get<Schemas['ApiClients']>('/api-clients')).apiClients);
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }
  useEffect(() => { void load(); }, []); // eslint-disable-line react-hooks/exhaustive-deps

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    setSaved(null);
    try {
      const created = (await api.command('POST', '/api-clients', { name: name.trim() })) as unknown as NewApiClient;
      setAdded(created);
      setClients((c) => [...(c ?? []), { clientId: created.clientId, name: created.name, status: 'active', addedAt: new Date().toISOString() }]);
      setName('');
      setTimeout(() => void load(), 1500);
    } catch (err) {
      setErrors(formErrorsOf(err, ['name']));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(client: ApiClient) {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await api.command('DELETE', `/api-clients/${client.clientId}`);
      setClients((c) => c?.map((x) => (x.clientId === client.clientId ? { ...x, status: 'revoked', revokedAt: new Date().toISOString() } : x)) ?? c);
      if (added?.clientId === client.clientId) setAdded(null);
      setSaved(`${client.name} can no longer read the reports.`);
    } catch (err) {
      setErrors(formErrorsOf(err, []));
    } finally {
      setBusy(false);
    }
  }

  if (loadError !== null) return <LoadError error={loadError} retry={load} />;
  if (!clients) return <Loading what="the API clients" />;
  const active = clients.filter((c) => c.status === 'active');
  return (
    <section aria-labelledby="api-clients-heading">
      <h2 id="api-clients-heading">API clients</h2>
      <p className="sub">Give your accountant's software or a BI tool read-only access to your reports. Each has its own credentials; revoke them at any time.</p>
      {saved && <p className="ok" role="status">{saved}</p>}
      <FormErrorsSummary messages={errors.form} />
      {added && (
        <div className="notice" role="status" aria-label="New API client credentials">
          <p><strong>{added.name}</strong> is added. Copy the secret now: it is not shown again.</p>
          <dl>
            <dt>Client id</dt><dd><code>{added.clientId}</code></dd>
            <dt>Client secret</dt><dd><code data-testid="client-secret">{added.clientSecret}</code></dd>
            <dt>Token URL</dt><dd><code>{added.tokenUrl}</code></dd>
            <dt>Scope</dt><dd><code>{added.scope}</code> (grant type <code>{added.grantType}</code>)</dd>
          </dl>
          <button type="button" className="link" onClick={() => setAdded(null)}>I have copied it</button>
        </div>
      )}
      {active.length === 0 ? <p>No program can read your reports.</p> : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">Name</th><th scope="col">Client id</th><th scope="col">Added</th><th scope="col"><span className="visually-hidden">Revoke</span></th></tr></thead>
            <tbody>
              {active.map((c) => (
                <tr key={c.clientId}>
                  <td>{c.name}</td>
                  <td><code>{c.clientId}</code></td>
                  <td>{ukDate(c.addedAt.slice(0, 10))}</td>
                  <td><button type="button" className="link" disabled={busy} onClick={() => void revoke(c)}>Revoke<span className="visually-hidden"> {c.name}</span></button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form onSubmit={add} noValidate aria-label="Add an API client">
        <fieldset disabled={busy}>
          <legend>Add an API client</legend>
          <Field id="api-client-name" label="Name (e.g. your accountant)" error={errors.fields.name}>
            {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <button type="submit">Add the API client</button>
        </fieldset>
      </form>
    </section>
  );
}
