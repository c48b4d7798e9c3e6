import { describe, expect, it } from 'vitest';
import { analyzeStory } from './index';
import { findVariants } from './variants';
import { tokenize } from './tokens';

const variantsOf = (...texts: string[]) => findVariants(texts.map((text, index) => ({ id: `a${index}`, tokens: tokenize(text) })));
const summary = (...texts: string[]) =>
  variantsOf(...texts).map((variant) => [variant.canonical, variant.type, Object.fromEntries(Object.entries(variant.forms).map(([article, forms]) => [article, forms.map((form) => `${form.form}×${form.count}`)]))]);

describe('findVariants', () => {
  it('finds lexicon spellings across outlets and names the Ukrainian form', () => {
    expect(summary('Staff in Kyiv will leave.', 'Staff in Kiev will leave. Kiev is the capital.')).toEqual([
      ['Kyiv', 'transliteration', { a0: ['Kyiv×1'], a1: ['Kiev×2'] }],
    ]);
  });

  it('finds case variants of acronyms', () => {
    expect(summary('The alliance, NATO, met.', 'The Nato allies met in Brussels.')).toEqual([['NATO', 'case', { a0: ['NATO×1'], a1: ['Nato×1'] }]]);
  });

  it('finds unlisted names a letter apart, also inside one article', () => {
    expect(summary('He met opposition leader Alexei Navalny on Monday. Mr Navalny and Mr Navalnyy spoke.')).toEqual([
      ['Navalny', 'spelling', { a0: ['Navalny×2', 'Navalnyy×1'] }],
    ]);
  });

  it.each([
    ['a demonym and its country', 'Russia said so.', 'The Russian side said so.'],
    ['emphasis capitals at the start of a sentence', 'BRITAIN and the US have begun withdrawing staff.', 'Britain has begun withdrawing staff.'],
    ['one spelling everywhere', 'Kyiv said so.', 'In Kyiv, staff left.'],
    ['names more than a letter apart', 'Talks in Austria ended.', 'Talks in Australia ended.'],
  ])('reports nothing for %s', (_, ...texts) => {
    expect(summary(...texts)).toEqual([]);
  });
});

describe('variants in an analysis', () => {
  it('lists story variants and the variants inside each claim', () => {
    const analysis = analyzeStory({
      id: 's',
      articles: [
        { id: 'itv', outlet: 'ITV News', text: 'Officials said that around half of the staff working in Kyiv will return to the UK.' },
        { id: 'sun', outlet: 'The Sun', text: 'Officials said around half of the staff working in Kiev will return to the UK.' },
      ],
    });
    expect(analysis.variants.map((variant) => variant.canonical)).toEqual(['Kyiv']);
    const claim = analysis.claims.find((candidate) => candidate.mentions.length === 2);
    expect(claim?.variants[0]?.forms).toEqual({
      itv: [{ form: 'Kyiv', count: 1, spans: [[56, 60]] }],
      sun: [{ form: 'Kiev', count: 1, spans: [[51, 55]] }],
    });
  });
});
