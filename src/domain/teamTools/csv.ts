/**
 * CSV as RFC 4180 writes it (https://www.rfc-editor.org/rfc/rfc4180, section 2): CRLF between
 * records, a field in double quotes when it holds a comma, a quote, CR or LF, and a quote inside a
 * field doubled. Spreadsheets run a cell that starts with = + - @ as a formula ("CSV injection",
 * https://owasp.org/www-community/attacks/CSV_Injection), and a tab or carriage return first can
 * smuggle one in: such a cell is prefixed with a single quote, so it opens as the text it is.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: neutralised when it could start a formula, quoted when it must be. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) || safe !== value ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The whole file: the header, then one record per row, CRLF after each (the RFC allows the last
 * one). A byte order mark first, so Excel reads the UTF-8 (names in Persian or Chinese) as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
