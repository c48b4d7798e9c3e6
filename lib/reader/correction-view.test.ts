import { describe, expect, it } from 'vitest';
import { describeCorrection, touches } from './correction-view';

const itv = { articleId: 'itv', text: 'The move is a precautionary one.' };
const sun = { articleId: 'sun', text: 'It is thought to be a precaution.' };
const name = (id: string) => ({ itv: 'ITV News', sun: 'The Sun' })[id] ?? id;

describe('correction-view', () => {
  it('says what a correction did in words, naming outlets', () => {
    expect(describeCorrection({ kind: 'merge', into: itv, from: sun }, name)).toBe(
      'Merged The Sun’s “It is thought to be a precaution.” into the claim of ITV News’s “The move is a precautionary one.”.',
    );
    expect(describeCorrection({ kind: 'dismiss', claim: itv, type: 'hedging' }, name)).toBe('Dismissed the certainty difference.');
    expect(describeCorrection({ kind: 'add', claim: itv, type: 'scope', articleIds: ['itv', 'sun'], explanation: 'Kyiv against all.' }, name)).toBe(
      'Marked a scope difference the analysis missed: Kyiv against all.',
    );
  });

  it('knows which claims a correction concerns', () => {
    expect(touches({ kind: 'merge', into: itv, from: sun }, [sun])).toBe(true);
    expect(touches({ kind: 'split', mentions: [itv] }, [sun])).toBe(false);
  });
});
