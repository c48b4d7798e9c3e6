/** Cuts text to at most `length` characters, ending with an ellipsis when it had to cut. */
export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
