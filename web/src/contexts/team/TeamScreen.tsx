import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { type CommandResult, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';
import { ukDate } from '../../lib/format';
import { Field, FormErrorsSummary, LoadError, Loading } from '../../ui/Field';
import { useCommands } from '../../ui/useCommands';
import ApiClientsPanel from './ApiClientsPanel';

type Member = Schemas['TeamMember'];
type Role = Schemas['Role'];
const ROLES: Record<Role, string> = { owner: 'Owner', admin: 'Admin', staff: 'Staff' };

/** The team: owners invite, change roles and remove; admins read it. */
export default function TeamScreen() {
  const { api, session } = useApp();
  const owner = session.roles.includes('owner');
  const [team, setTeam] = useState<Member[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { busy, errors, saved, run: command } = useCommands();
  const [invite, setInvite] = useState({ email: '', name: '', role: 'staff' as Role });
  const [showRemoved, setShowRemoved] = useState(false);

  async function load() {
    try {
      setTeam((await api.get<Schemas['Team']>('/team')).members);
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }
  useEffect(() => { void load(); }, []); // eslint-disable-line react-hooks/exhaustive-deps

  /** Runs a command, then shows the change at once (the team's read side follows within a moment). */
  const run = (action: () => Promise<CommandResult>, message: string, known: string[], then: () => void) =>
    command(action, message, known, () => { then(); setTimeout(() => void load(), 1500); });

  function sendInvite(e: FormEvent) {
    e.preventDefault();
    const body = { email: invite.email.trim(), name: invite.name.trim(), role: invite.role };
    void run(() => api.command('POST', '/team/members', body), `${body.name || body.email} is invited: they get an e-mail to sign in.`,
      ['email', 'name', 'role'], () => setInvite({ email: '', name: '', role: 'staff' }));
  }

  const changeRole = (m: Member, role: Role) => run(() => api.command('PUT', `/team/members/${m.userId}/role`, { role }),
    `${m.name} is now ${ROLES[role].toLowerCase()}.`, ['role'], () => setTeam((t) => t?.map((x) => (x.userId === m.userId ? { ...x, role } : x)) ?? t));
  const remove = (m: Member) => run(() => api.command('DELETE', `/team/members/${m.userId}`), `${m.name} is removed and signed out.`, [],
    () => setTeam((t) => t?.map((x) => (x.userId === m.userId ? { ...x, status: 'removed' } : x)) ?? t));

  if (loadError !== null) return <LoadError error={loadError} retry={load} />;
  if (!team) return <Loading what="the team" />;
  const shown = team.filter((m) => showRemoved || m.status === 'active');
  return (
    <section>
      <h1>Team</h1>
      <p className="sub">{owner ? 'You invite members, change their roles and remove them.' : 'The owner manages the team; you can read it.'}</p>
      {saved && <p className="ok" role="status">{saved}</p>}
      <FormErrorsSummary messages={errors.form} />
      <label className="check"><input type="checkbox" checked={showRemoved} onChange={(e) => setShowRemoved(e.target.checked)} /> Show removed members</label>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Since</th>{owner && <th scope="col"><span className="visually-hidden">Remove</span></th>}</tr></thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.userId}>
                <td>{m.name}{m.userId === session.userId && <small> (you)</small>}{m.status === 'removed' && <small> · removed {ukDate(m.removedAt?.slice(0, 10))}</small>}
                  {m.status === 'active' && <> · <Link to={`/resources/staff/${m.userId}`}>Hours, skills and cost<span className="visually-hidden"> of {m.name}</span></Link></>}</td>
                <td>{m.email}</td>
                <td>{owner && m.status === 'active' ? (
                  <select aria-label={`Role of ${m.name}`} value={m.role} disabled={busy} onChange={(e) => void changeRole(m, e.target.value as Role)}>
                    {Object.entries(ROLES).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                  </select>
                ) : ROLES[m.role]}</td>
                <td>{ukDate(m.joinedAt.slice(0, 10))}</td>
                {owner && <td>{m.status === 'active' && m.userId !== session.userId && (
                  <button type="button" className="link" disabled={busy} onClick={() => void remove(m)}>Remove<span className="visually-hidden"> {m.name}</span></button>
                )}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {owner && (
        <form onSubmit={sendInvite} noValidate aria-label="Invite a member">
          <fieldset disabled={busy}>
            <legend>Invite a member</legend>
            <div className="grid">
              <Field id="invite-email" label="E-mail" error={errors.fields.email}>
                {(p) => <input {...p} type="email" value={invite.email} onChange={(e) => setInvite((i) => ({ ...i, email: e.target.value }))} />}
              </Field>
              <Field id="invite-name" label="Name" error={errors.fields.name}>
                {(p) => <input {...p} value={invite.name} onChange={(e) => setInvite((i) => ({ ...i, name: e.target.value }))} />}
              </Field>
              <Field id="invite-role" label="Role" error={errors.fields.role}>
                {(p) => (
                  <select {...p} value={invite.role} onChange={(e) => setInvite((i) => ({ ...i, role: e.target.value as Role }))}>
                    {Object.entries(ROLES).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                  </select>
                )}
              </Field>
            </div>
            <button type="submit">Send the invitation</button>
          </fieldset>
        </form>
      )}
      {owner && <ApiClientsPanel />}
    </section>
  );
}
