/**
 * An inverted index from keys to the ids that hold them (claims by blocking key, see blockingKeys in align.ts;
 * articles by shingle in wire.ts), and the ids that share most keys with one.
 */

/** Claim (or article) ids by key, in id order. */
export function indexByKey(keysOf: readonly Iterable<string>[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, claimId) => {
    for (const key of keys) {
      const posting = postings.get(key);
      if (posting) posting.push(claimId);
      else postings.set(key, [claimId]);
    }
  });
  return postings;
}

export type Hit = [claimId: number, count: number];
const ranksBefore = ([claimA, countA]: Hit, [claimB, countB]: Hit) => countA > countB || (countA === countB && claimA < claimB);

/** The `limit` claims sharing most keys (ties to the earlier claim), most first, without sorting them all. */
export function topHits(hits: ReadonlyMap<number, number>, limit: number): Hit[] {
  const best: Hit[] = [];
  for (const hit of hits) {
    const last = best[best.length - 1];
    if (best.length === limit && last && !ranksBefore(hit, last)) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(hit, best[at - 1] as Hit)) at--;
    best.splice(at, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best;
}
