/** Lower-case words only: the form-insensitive comparison key of a phrase. */
export function wordsOf(text: string): string {
  return (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
