import { z } from 'zod';

// C0 controls and DEL, except tab, line feed, vertical tab, form feed and carriage return (whitespace
// a pasted article may hold). PostgreSQL refuses U+0000 in text, which made any field with it a 500.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/** Why a string cannot be stored as text, or null: a control character, or a lone UTF-16 surrogate. */
export function textProblem(value: string): string | null {
  const control = CONTROL.exec(value);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `must not contain control characters (U+${code} at character ${(control.index + 1).toLocaleString('en')}); remove it and try again`;
  }
  if (!value.isWellFormed()) return 'must be valid Unicode text (it holds half of a surrogate pair)';
  return null;
}

/** A string that can be stored and shown as text: every text field and query of the API is one. */
export function safeText() {
  return z.string().superRefine((value, context) => {
    const problem = textProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
}

/** Text from elsewhere (a fetched page) made storable: control characters dropped, lone surrogates replaced. */
export function storableText(value: string): string {
  return value.replace(new RegExp(CONTROL.source, 'g'), '').toWellFormed();
}
