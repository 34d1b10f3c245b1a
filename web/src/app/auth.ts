/**
 * Signing in: locally against the local cloud's demo issuer, in AWS the same form against the user
 * pool (USER_PASSWORD_AUTH through cognito-idp InitiateAuth, with fetch). Tokens live in memory and
 * in sessionStorage (gone with the tab), never localStorage; a Cognito session is refreshed with its
 * refresh token a minute before the access token expires; a local one signs in again.
 */
import type { Config } from './config';

export type Role = 'owner' | 'admin' | 'staff';

export interface Session {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  userId: string;
  tenantId: string;
  roles: Role[];
  name: string;
  email: string;
}

const STORAGE_KEY = 'jobmate.session';

export function decodeJwt(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

export function sessionOf(accessToken: string, idToken: string | undefined, expiresInSeconds: number,
                          refreshToken?: string, now = Date.now()): Session {
  const access = decodeJwt(accessToken);
  const id = idToken ? decodeJwt(idToken) : {};
  const groups = (access['cognito:groups'] as string[] | undefined) ?? [];
  return {
    accessToken,
    refreshToken,
    expiresAt: now + expiresInSeconds * 1000,
    userId: String(access.sub ?? ''),
    tenantId: String(access['custom:tenant_id'] ?? id['custom:tenant_id'] ?? ''),
    roles: groups.filter((g): g is Role => g === 'owner' || g === 'admin' || g === 'staff'),
    name: String(id.name ?? id.email ?? access.username ?? ''),
    email: String(id.email ?? ''),
  };
}

export function seesPrices(session: Session): boolean {
  return session.roles.includes('owner') || session.roles.includes('admin');
}

export class SignInError extends Error {}

export async function signIn(config: Config, username: string, password: string): Promise<Session> {
  if (config.signInMode === 'local') {
    const response = await fetch(config.signInUrl ?? `${config.apiBaseUrl}/local/sign-in`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw new SignInError('The email or password is not right.');
    const body = (await response.json()) as { accessToken: string; idToken?: string; expiresIn: number };
    return remember(sessionOf(body.accessToken, body.idToken, body.expiresIn));
  }
  const result = await cognito(config, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH', ClientId: config.clientId, AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return remember(fromCognito(result));
}

/** A fresh session from the refresh token (Cognito), or null when there is none to use. */
export async function refresh(config: Config, session: Session): Promise<Session | null> {
  if (config.signInMode !== 'cognito' || !session.refreshToken) return null;
  const result = await cognito(config, 'InitiateAuth', {
    AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: config.clientId, AuthParameters: { REFRESH_TOKEN: session.refreshToken },
  });
  const next = fromCognito(result);
  return remember({ ...next, refreshToken: next.refreshToken ?? session.refreshToken });
}

interface CognitoAuthResult {
  AuthenticationResult?: { AccessToken: string; IdToken?: string; ExpiresIn: number; RefreshToken?: string };
  ChallengeName?: string;
}

function fromCognito(result: CognitoAuthResult): Session {
  const r = result.AuthenticationResult;
  if (!r) throw new SignInError(`The user pool asks for ${result.ChallengeName ?? 'another step'}, which this page cannot do yet.`);
  return sessionOf(r.AccessToken, r.IdToken, r.ExpiresIn, r.RefreshToken);
}

async function cognito(config: Config, action: string, body: unknown): Promise<CognitoAuthResult> {
  const response = await fetch(`https://cognito-idp.${config.region}.amazonaws.com/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${action}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new SignInError('The email or password is not right.');
  return (await response.json()) as CognitoAuthResult;
}

export function remember(session: Session): Session {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // private mode: memory only
  }
  return session;
}

export function recall(now = Date.now()): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return session.expiresAt > now || session.refreshToken ? session : null;
  } catch {
    return null;
  }
}

export function forget(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing kept
  }
}
