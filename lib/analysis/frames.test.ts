import { describe, expect, it } from 'vitest';
import { findFrame } from './frames';

/** The core and the attribution of a sentence, as text. */
function frame(sentence: string): { core: string; attribution: string | null } {
  const { core, attribution } = findFrame(sentence, { start: 0, end: sentence.length });
  return { core: sentence.slice(core.start, core.end), attribution: attribution ? sentence.slice(attribution.start, attribution.end) : null };
}

describe('findFrame', () => {
  it.each([
    // Seeds 001 and 002.
    ['Around half of staff are expected to leave with their families, reports the BBC.', 'Around half of staff are expected to leave with their families', 'reports the BBC'],
    ['The embassy will remain open, the State Department said.', 'The embassy will remain open', 'the State Department said'],
    ['It comes after US officials said Russia could invade at any time.', 'US officials said Russia could invade at any time.', null],
    // A name, then who they are.
    ['"We have no new places to search," said Steve Anderson, a Waco police spokesman.', '"We have no new places to search,"', 'said Steve Anderson, a Waco police spokesman'],
  ])('%s', (sentence, core, attribution) => {
    expect(frame(sentence)).toEqual({ core, attribution });
  });

  it('never takes what was said for who said it', () => {
    for (const sentence of [
      "Mr. Clinton's national security adviser, Sandy Berger, said that the White House wasn't informed.",
      'Robert Stewart, a spokesman for the company, said he was surprised by the decision.',
      'The minister, speaking in London, said in an interview the talks would resume.',
    ]) {
      expect(frame(sentence)).toEqual({ core: sentence, attribution: null });
    }
  });
});
