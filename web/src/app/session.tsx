/** What every screen may use: the configuration, who is signed in, the API, real time and toasts. */
import { createContext, useContext } from 'react';
import type { ApiClient } from './api';
import type { Session } from './auth';
import type { Config } from './config';
import type { ConnectionState, Realtime } from './realtime';

export interface Toast {
  id: number;
  text: string;
}

export interface AppContextValue {
  config: Config;
  session: Session;
  api: ApiClient;
  realtime: Realtime | null;
  connection: ConnectionState;
  online: boolean;
  toast(text: string): void;
  signOut(): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside the signed-in app');
  return value;
}
