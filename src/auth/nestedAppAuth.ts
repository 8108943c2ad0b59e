/**
 * Can this host broker tokens for us (nested app authentication)? Outlook says so through the
 * NestedAppAuth 1.1 requirement set, Teams through teams-js `nestedAppAuth.isNAAChannelRecommended()`
 * (after the Teams host called `app.initialize()`). Anything else uses the standard popup flow.
 * https://learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in
 */
export type HostKindForAuth = 'outlook' | 'teams' | 'browser';

export interface NaaProbes {
  readonly outlookSupportsNaa?: () => boolean;
  readonly teamsRecommendsNaa?: () => Promise<boolean>;
}

const outlookSupportsNaa = (): boolean => {
  try {
    return (
      typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1') === true
    );
  } catch {
    return false;
  }
};

const teamsRecommendsNaa = async (): Promise<boolean> => {
  try {
    const { nestedAppAuth } = await import('@microsoft/teams-js');
    return nestedAppAuth.isNAAChannelRecommended();
  } catch {
    return false;
  }
};

export async function canUseNestedAppAuth(host: HostKindForAuth, probes: NaaProbes = {}): Promise<boolean> {
  if (host === 'outlook') return (probes.outlookSupportsNaa ?? outlookSupportsNaa)();
  if (host === 'teams') return (probes.teamsRecommendsNaa ?? teamsRecommendsNaa)();
  return false;
}
