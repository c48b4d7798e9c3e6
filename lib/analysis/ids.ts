/**
 * Stable identifiers. cyrb53 is a small, well-mixed 53-bit string hash: the same text gives the
 * same id on any machine, in any process, in a browser or in Node, with no crypto API needed.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A claim's id, from the article and the words of its anchor mention (whitespace-insensitive). */
export function claimId(articleId: string, mentionText: string): string {
  const words = mentionText.replace(/\s+/g, ' ').trim();
  return `c${hash53(`${articleId}\u0000${words}`).toString(36).padStart(11, '0')}`;
}
