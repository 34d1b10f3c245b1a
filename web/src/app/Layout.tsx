import { Suspense, type ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import type { Role } from './auth';
import { CONTEXTS } from './contexts';
import { useApp } from './session';

function allowed(roles: readonly Role[] | undefined, mine: Role[]): boolean {
  return !roles || roles.some((r) => mine.includes(r));
}

export function Layout() {
  const { session, signOut, online, connection, config } = useApp();
  const links = CONTEXTS.flatMap((c) => (c.nav && allowed(c.nav.roles, session.roles) ? [c.nav] : []));
  return (
    <div className="shell">
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <span className="brand">Jobmate</span>
        <nav aria-label="Main">
          <ul>
            {links.map((l) => (
              <li key={l.path}><NavLink to={l.path} end={l.path === '/'}>{l.label}</NavLink></li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>{session.name} <small>({session.roles.join(', ') || 'no role'})</small></span>
          <button type="button" className="link" onClick={signOut}>Sign out</button>
        </div>
      </header>
      {!online && <p className="banner offline" role="status">You are offline. What you see may be out of date; changes will not be saved until you are back online.</p>}
      {online && config.webSocketUrl && connection === 'closed' && (
        <p className="banner" role="status">Live updates are reconnecting…</p>
      )}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

export function NotAllowed({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { session } = useApp();
  if (allowed(roles, session.roles)) return <>{children}</>;
  return <section><h1>Not for your role</h1><p>This screen is for {roles?.join(' and ')}s.</p></section>;
}

export function NotFound() {
  return <section><h1>Page not found</h1><p>There is nothing at this address. Use the menu above.</p></section>;
}
