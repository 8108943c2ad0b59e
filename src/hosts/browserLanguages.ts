/** The browser's preferred languages, best first: where the locale comes from when the host's is not one Kept speaks. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
