/**
 * Whether text would be taken as a formula (or a DDE payload) by a spreadsheet: it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP "CSV injection"). Full-width `＝＋－＠` count
 * too, since some spreadsheet input methods fold them to ASCII.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r＝＋－＠]/.test(text);
}

/**
 * Neutralises exported text for CSV: text that looks like a formula gets a leading `'`, which
 * spreadsheets show as text and do not evaluate. Other text is returned unchanged; numbers are never
 * passed here (a negative number stays a number).
 */
export function neutraliseText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
