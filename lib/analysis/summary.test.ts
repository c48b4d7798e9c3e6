import { describe, expect, it } from 'vitest';
import { summarize } from './summary';

const of = (...texts: string[]) => summarize(texts.map((text) => ({ text })));

describe('summarize: a claim’s row title', () => {
  it.each<[string, string[], string]>([
    ['a whole sentence as it is', ['The embassy will remain open.'], 'The embassy will remain open.'],
    ['whitespace collapsed', ['The embassy   will\nremain open.'], 'The embassy will remain open.'],
    [
      'the clearest mention when the first is a fragment of a split sentence',
      ['other US citizens have been urged to do the same', 'Other US citizens were also urged to leave Ukraine.'],
      'Other US citizens were also urged to leave Ukraine.',
    ],
    ['a capital at the start of a fragment that is the only mention', ['other US citizens have been urged to do the same'], 'Other US citizens have been urged to do the same'],
    ['no dateline', ['KYIV, Ukraine (AP) — The United States ordered the families of embassy staff to leave.'], 'The United States ordered the families of embassy staff to leave.'],
    ['no dateline in capitals with a dash', ['WASHINGTON — The Senate passed the bill on Thursday.'], 'The Senate passed the bill on Thursday.'],
    ['no dateline with a colon', ['SAN FRANCISCO: The company said it would cut 10% of its staff.'], 'The company said it would cut 10% of its staff.'],
    ['no stray opening quote mark', ['“We are worried about the build-up of troops.'], 'We are worried about the build-up of troops.'],
    ['no stray closing quote mark', ['We stand with our allies,” he said.'], 'We stand with our allies, he said.'],
    ['quotations that close are kept', ['“We are worried,” he told Nick Ferrari.'], '“We are worried,” he told Nick Ferrari.'],
    [
      'a word the source cut off is dropped, and the cut shown',
      ['The platform said the change would give users an instan...'],
      'The platform said the change would give users an…',
    ],
    ['a text cut after a whole word keeps it', ['Higher taxes on the wealthy would pay for it. Passage...'], 'Higher taxes on the wealthy would pay for it. Passage…'],
    ['a single cut-off word stays', ['Passage...'], 'Passage…'],
  ])('%s', (_, texts, title) => {
    expect(of(...texts)).toBe(title);
  });

  it('cuts a long mention at a word boundary with "…", never inside a word or after a comma', () => {
    const sentence =
      'Lawmakers approved the budget resolution on a party-line 50-49 vote, a crucial step for a president and party set on training the government’s fiscal might on assisting families, creating jobs and fighting climate change, with higher taxes on the wealthy and corporations paying for much of it.';
    expect(of(sentence)).toBe(
      'Lawmakers approved the budget resolution on a party-line 50-49 vote, a crucial step for a president and party set on training the government’s fiscal might on assisting families, creating jobs and fighting climate change, with higher taxes…',
    );
  });

  it('prefers a complete mention over the anchor cut off by its source', () => {
    expect(of('Unvaccinated people are more than twice as likely to be reinfected than those who...', 'Unvaccinated people are twice as likely to be reinfected, a CDC study found.')).toBe(
      'Unvaccinated people are twice as likely to be reinfected, a CDC study found.',
    );
  });
});
