// A fake Microsoft Entra ID at the network edge (Playwright routes on https://login.microsoftonline.com),
// answering what msal-browser asks, shaped like the OpenID Connect / OAuth 2.0 endpoints Microsoft
// documents (https://learn.microsoft.com/entra/identity-platform/v2-protocols-oidc,
// https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow):
// - openid-configuration and instance discovery metadata;
// - /authorize: prompt=none (silent sign-in) answers login_required, as for a browser with no session;
//   otherwise it "signs the user in" and redirects to redirect_uri with a code (response_mode=fragment);
// - /token: redeems the code once, checks the PKCE verifier against the challenge and the redirect_uri,
//   and returns tokens (CORS allowed, as the SPA token endpoint does); a refresh token it issued is redeemed
//   for new tokens (grant_type=refresh_token, "Refresh the access token" on the same page), any other is
//   invalid_grant.
import { createHash } from 'node:crypto';

export const TENANT = 'contoso.example';
const TENANT_ID = 'aaaabbbb-0000-4000-8000-ccccdddd0001';
const OID = 'eeeeffff-0000-4000-8000-000011112222';
const b64url = (value) => Buffer.from(value).toString('base64url');
const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' };

export async function fakeIdentityProvider(context, { clientId }) {
  const log = { authorize: [], token: [] };
  const codes = new Map();
  /** Refresh tokens issued, each with the grant it came from. */
  const refreshTokens = new Map();
  const base = `https://login.microsoftonline.com/${TENANT}`;
  const json = (route, body, status = 200) =>
    route.fulfill({ status, contentType: 'application/json', headers: cors, body: JSON.stringify(body) });

  const issueRefreshToken = (grant) => {
    const token = `fake-refresh-token-${refreshTokens.size + 1}`;
    refreshTokens.set(token, grant);
    return token;
  };

  await context.route(/^https:\/\/login\.microsoftonline\.com\//, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (url.pathname.endsWith('/discovery/instance')) {
      return json(route, {
        tenant_discovery_endpoint: `${base}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          {
            preferred_network: 'login.microsoftonline.com',
            preferred_cache: 'login.windows.net',
            aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com'],
          },
        ],
      });
    }
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      return json(route, {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        issuer: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
        jwks_uri: `https://login.microsoftonline.com/${TENANT_ID}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      });
    }
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      const q = url.searchParams;
      log.authorize.push(Object.fromEntries(q));
      const redirect = new URL(q.get('redirect_uri') ?? '');
      const answer = new URLSearchParams({ state: q.get('state') ?? '' });
      if (q.get('prompt') === 'none') {
        answer.set('error', 'login_required');
        answer.set('error_description', 'AADSTS50058: A silent sign-in request was sent but no user is signed in.');
      } else {
        const code = `code-${codes.size + 1}`;
        codes.set(code, {
          nonce: q.get('nonce'),
          challenge: q.get('code_challenge'),
          redirectUri: q.get('redirect_uri'),
          scope: q.get('scope'),
        });
        answer.set('code', code);
        answer.set('client_info', b64url(JSON.stringify({ uid: OID, utid: TENANT_ID })));
        answer.set('session_state', 'session-1');
      }
      const mode = q.get('response_mode') ?? 'fragment';
      const location =
        mode === 'query' ? `${redirect.href.split('?')[0]}?${answer}` : `${redirect.href.split('#')[0]}#${answer}`;
      return route.fulfill({ status: 302, headers: { Location: location } });
    }
    if (url.pathname.endsWith('/oauth2/v2.0/token')) {
      const form = new URLSearchParams(request.postData() ?? '');
      log.token.push(Object.fromEntries(form));
      const refreshing = form.get('grant_type') === 'refresh_token';
      const grant = refreshing ? refreshTokens.get(form.get('refresh_token') ?? '') : codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      const valid = refreshing
        ? grant !== undefined && form.get('client_id') === clientId
        : grant !== undefined && grant.challenge === challenge && grant.redirectUri === form.get('redirect_uri');
      if (!valid) {
        return json(
          route,
          { error: 'invalid_grant', error_description: 'AADSTS70000: The provided grant is invalid.' },
          400,
        );
      }
      const now = Math.floor(Date.now() / 1000);
      const idToken = [
        b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: 'fake' })),
        b64url(
          JSON.stringify({
            aud: clientId,
            iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
            iat: now,
            nbf: now,
            exp: now + 3600,
            name: 'Alex Wilber',
            ...(refreshing ? {} : { nonce: grant.nonce }),
            oid: OID,
            preferred_username: 'alex@contoso.example',
            sub: 'subject-1',
            tid: TENANT_ID,
            ver: '2.0',
          }),
        ),
        b64url('signature'),
      ].join('.');
      return json(route, {
        token_type: 'Bearer',
        scope: 'https://graph.microsoft.com/Sites.ReadWrite.All',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: 'fake-access-token-for-graph',
        refresh_token: issueRefreshToken(grant),
        id_token: idToken,
        client_info: b64url(JSON.stringify({ uid: OID, utid: TENANT_ID })),
      });
    }
    return json(route, { error: 'not_faked', path: url.pathname }, 404);
  });
  return log;
}
