export { authConfigFromEnv } from './config';
export { canUseNestedAppAuth, type HostKindForAuth, type NaaProbes } from './nestedAppAuth';
export { createTokenProvider, type MsalClientLike, type TokenProviderOptions } from './tokenProvider';
export { SignInError, type AuthConfig, type TokenProvider } from './types';
// createMsalSignIn lives in ./msal and is imported from there with import(), to keep MSAL lazy.
