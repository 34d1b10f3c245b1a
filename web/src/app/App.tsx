import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { createApi } from './api';
import { forget, recall, refresh, type Session } from './auth';
import type { Config } from './config';
import { CONTEXTS } from './contexts';
import { connectRealtime, type ConnectionState, type Realtime } from './realtime';
import { noticeOf } from './notices';
import { AppContext, type AppContextValue, type Toast } from './session';
import { Layout, NotAllowed, NotFound } from './Layout';
import { SignInScreen } from '../contexts/signin/SignInScreen';
import type { ScreenRoute } from './screens';

const REFRESH_BEFORE_MS = 60_000;

function routeOf(route: ScreenRoute): RouteObject {
  return {
    path: route.path || undefined,
    index: route.path === '' ? true : undefined,
    lazy: async () => {
      const Screen = (await route.load()).default;
      return {
        Component: () => <NotAllowed roles={route.roles}><Screen /></NotAllowed>,
      };
    },
  } as RouteObject;
}

export function buildRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <Layout />,
      hydrateFallbackElement: <p className="loading" role="status">Loading…</p>,
      children: [...CONTEXTS.flatMap((c) => c.routes.map(routeOf)), { path: '*', element: <NotFound /> }],
    },
  ]);
}

export function App({ config }: { config: Config }) {
  const [session, setSession] = useState<Session | null>(() => recall());
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [online, setOnline] = useState(() => navigator.onLine);
  const [realtime, setRealtime] = useState<Realtime | null>(null);

  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => { window.removeEventListener('online', up); window.removeEventListener('offline', down); };
  }, []);

  const signOut = useCallback(() => { forget(); setSession(null); }, []);

  const token = useCallback(async (): Promise<string | null> => {
    const current = sessionRef.current;
    if (!current) return null;
    if (current.expiresAt - Date.now() > REFRESH_BEFORE_MS) return current.accessToken;
    try {
      const next = await refresh(config, current);
      if (next) { setSession(next); sessionRef.current = next; return next.accessToken; }
    } catch {
      // fall through: sign in again
    }
    if (current.expiresAt > Date.now()) return current.accessToken;
    signOut();
    return null;
  }, [config, signOut]);

  const toast = useCallback((text: string) => {
    const id = Date.now() + Math.random();
    setToasts((t) => [...t, { id, text }]);
    setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), 6000);
  }, []);

  const userId = session?.userId;
  useEffect(() => {
    if (!userId || !config.webSocketUrl) return undefined;
    const r = connectRealtime(config.webSocketUrl, token);
    const off = r.onState(setConnection);
    setRealtime(r);
    return () => { off(); r.close(); setRealtime(null); };
  }, [userId, config.webSocketUrl, token]);

  useEffect(() => {
    if (!realtime || !userId) return undefined;
    return realtime.subscribe((m) => {
      const notice = noticeOf(m, userId);
      if (notice) toast(notice);
    });
  }, [realtime, userId, toast]);

  const api = useMemo(() => createApi(config, token, signOut), [config, token, signOut]);
  const router = useMemo(() => (session ? buildRouter() : null), [session === null]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!session || !router) {
    return <SignInScreen config={config} onSignedIn={setSession} />;
  }
  const value: AppContextValue = { config, session, api, realtime, connection, online, toast, signOut };
  return (
    <AppContext.Provider value={value}>
      <RouterProvider router={router} />
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => <div key={t.id} className="toast">{t.text}</div>)}
      </div>
    </AppContext.Provider>
  );
}
