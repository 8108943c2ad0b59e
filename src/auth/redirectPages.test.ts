import { describe, expect, it } from 'vitest';
import { inCrossOriginFrame, redirectPages } from './redirectPages';

/** Just enough of a window: its location and its top window (throwing like a cross-origin one). */
function aWindow(href: string, top?: 'self' | 'same-origin' | 'cross-origin'): Window {
  const win = { location: new URL(href) } as unknown as { location: URL; top: unknown };
  win.top =
    top === undefined || top === 'self'
      ? win
      : top === 'same-origin'
        ? { location: new URL(href) }
        : {
            get location(): never {
              throw new DOMException('Blocked a frame with origin from accessing a cross-origin frame.');
            },
          };
  return win as unknown as Window;
}

describe('where sign-in returns', () => {
  it('defaults to auth.html beside the page (the path of a sub-folder host included)', () => {
    expect(redirectPages({}, aWindow('https://contoso.github.io/kept/overview.html?host=teams'))).toEqual({
      redirectUri: 'https://contoso.github.io/kept/auth.html',
      dialogUri: 'https://contoso.github.io/kept/auth-dialog.html',
      teamsWindowUri: 'https://contoso.github.io/kept/auth-teams.html',
    });
  });

  it('uses the registered URI the build was packaged with', () => {
    const win = aWindow('https://kept.contoso.com/outlook.html?host=outlook');
    expect(redirectPages({ redirectUri: 'https://kept.contoso.com/auth.html' }, win).redirectUri).toBe(
      'https://kept.contoso.com/auth.html',
    );
  });

  it('inside a frame of another site (Outlook or Teams on the web) adds the popup relay beside the redirect page', () => {
    const framed = aWindow('https://kept.contoso.com/outlook.html?host=outlook', 'cross-origin');
    expect(inCrossOriginFrame(framed)).toBe(true);
    expect(redirectPages({ redirectUri: 'https://kept.contoso.com/auth.html' }, framed)).toEqual({
      redirectUri: 'https://kept.contoso.com/auth.html',
      dialogUri: 'https://kept.contoso.com/auth-dialog.html',
      teamsWindowUri: 'https://kept.contoso.com/auth-teams.html',
      popupRelayUri: 'https://kept.contoso.com/auth-relay.html',
    });
  });

  it('top-level, or framed by its own site, it needs no relay', () => {
    expect(inCrossOriginFrame(aWindow('https://kept.contoso.com/overview.html'))).toBe(false);
    expect(inCrossOriginFrame(aWindow('https://kept.contoso.com/overview.html', 'same-origin'))).toBe(false);
    expect(inCrossOriginFrame(undefined)).toBe(false);
  });
});
