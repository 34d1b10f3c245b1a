/**
 * What the page is told at run time by /config.json (served by the local cloud; in AWS an object of
 * the dashboard's bucket written by the deployment): nothing environment-specific is baked into the build.
 */
export interface Config {
  apiBaseUrl: string;
  webSocketUrl: string | null;
  /** "local": the local cloud's demo issuer (POST /local/sign-in); "cognito": the user pool's InitiateAuth. */
  signInMode: 'local' | 'cognito';
  signInUrl?: string;
  userPoolId?: string;
  clientId?: string;
  region?: string;
}

export async function loadConfig(fetcher: typeof fetch = fetch): Promise<Config> {
  const response = await fetcher('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  const raw = (await response.json()) as Partial<Config>;
  if (!raw.apiBaseUrl) throw new Error('/config.json has no apiBaseUrl');
  return {
    apiBaseUrl: raw.apiBaseUrl.replace(/\/$/, ''),
    webSocketUrl: raw.webSocketUrl ?? null,
    signInMode: raw.signInMode ?? (raw.signInUrl ? 'local' : 'cognito'),
    signInUrl: raw.signInUrl,
    userPoolId: raw.userPoolId,
    clientId: raw.clientId,
    region: raw.region,
  };
}
