import { describe, expect, it, vi } from 'vitest';
import { seesPrices, sessionOf } from './auth';

const jwt = (claims: object) => `x.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.y`;

describe('a session from the tokens', () => {
  it('takes who, which business and which roles from the access token, the name from the id token', () => {
    const s = sessionOf(jwt({ sub: 'u1', 'custom:tenant_id': 't-acme', 'cognito:groups': ['staff', 'other'] }),
      jwt({ name: 'Sam Shah', email: 'sam@acme.example' }), 3600, undefined, 1000);
    expect(s).toMatchObject({ userId: 'u1', tenantId: 't-acme', roles: ['staff'], name: 'Sam Shah', expiresAt: 3_601_000 });
    expect(seesPrices(s)).toBe(false);
  });
  it('lets owners and admins see prices', () => {
    expect(seesPrices(sessionOf(jwt({ sub: 'o', 'cognito:groups': ['owner'] }), undefined, 60))).toBe(true);
    expect(seesPrices(sessionOf(jwt({ sub: 'a', 'cognito:groups': ['admin'] }), undefined, 60))).toBe(true);
  });
});

describe('signing in against the user pool', () => {
  const cognitoConfig = { apiBaseUrl: 'https://api', webSocketUrl: null, signInMode: 'cognito' as const, clientId: 'client-1', region: 'eu-west-2' };
  const store = new Map<string, string>();
  globalThis.sessionStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => { store.set(k, v); },
    removeItem: (k: string) => { store.delete(k); } } as unknown as Storage;

  it('calls InitiateAuth with USER_PASSWORD_AUTH, then refreshes with REFRESH_TOKEN_AUTH keeping the refresh token', async () => {
    const { signIn, refresh } = await import('./auth');
    const access = jwt({ sub: 'u1', 'custom:tenant_id': 't', 'cognito:groups': ['owner'] });
    const fetchMock = vi.fn()
      .mockResolvedValueOnce(new Response(JSON.stringify({ AuthenticationResult: { AccessToken: access, IdToken: jwt({ name: 'Olivia' }), ExpiresIn: 3600, RefreshToken: 'r1' } })))
      .mockResolvedValueOnce(new Response(JSON.stringify({ AuthenticationResult: { AccessToken: access, ExpiresIn: 3600 } })));
    vi.stubGlobal('fetch', fetchMock);
    const session = await signIn(cognitoConfig, 'olivia@acme.example', 'pw');
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('https://cognito-idp.eu-west-2.amazonaws.com/');
    expect((init.headers as Record<string, string>)['x-amz-target']).toBe('AWSCognitoIdentityProviderService.InitiateAuth');
    expect(JSON.parse(String(init.body))).toEqual({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'client-1', AuthParameters: { USERNAME: 'olivia@acme.example', PASSWORD: 'pw' } });
    expect(session).toMatchObject({ userId: 'u1', name: 'Olivia', refreshToken: 'r1', roles: ['owner'] });
    const refreshed = await refresh(cognitoConfig, session);
    expect(JSON.parse(String((fetchMock.mock.calls[1] as [string, RequestInit])[1].body))).toMatchObject({ AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'r1' } });
    expect(refreshed?.refreshToken).toBe('r1');
    vi.unstubAllGlobals();
  });
});
