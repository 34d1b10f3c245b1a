import { describe, expect, it } from 'vitest';
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
