import { useState, type FormEvent } from 'react';
import { signIn, SignInError, type Session } from '../../app/auth';
import type { Config } from '../../app/config';

export function SignInScreen({ config, onSignedIn }: { config: Config; onSignedIn: (s: Session) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(config, username.trim(), password));
    } catch (err) {
      setError(err instanceof SignInError ? err.message : 'Signing in failed: the service could not be reached. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Jobmate</h1>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="username">Email</label>
          <input id="username" name="username" type="email" autoComplete="username" required value={username}
                 onChange={(e) => setUsername(e.target.value)} aria-describedby={error ? 'sign-in-error' : undefined} />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required value={password}
                 onChange={(e) => setPassword(e.target.value)} />
        </div>
        {error && <p id="sign-in-error" className="error" role="alert">{error}</p>}
        <button type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      {config.signInMode === 'local' && (
        <p className="hint">Local cloud: sign in as a demo user, e.g. <code>olivia@acme.example</code> (owner) or{' '}
          <code>sam@acme.example</code> (staff); the demo password is in the README.</p>
      )}
    </main>
  );
}
