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
    ['manoeuvred', 'Troops manoeuvred near the border.', 'Troops maneuvered near the border.', ['maneuvered', 'spelling', { a0: ['manoeuvred×1'], a1: ['maneuvered×1'] }]],
    ['dependants', 'Some staff and dependants left.', 'Some staff and dependents left.', ['dependants', 'spelling', { a0: ['dependants×1'], a1: ['dependents×1'] }]],
    ['organise', 'They will organise talks.', 'They will organize talks.', ['organise', 'spelling', { a0: ['organise×1'], a1: ['organize×1'] }]],
    ['honour', 'It was an honour.', 'It was an honor.', ['honor', 'spelling', { a0: ['honour×1'], a1: ['honor×1'] }]],
  ])('finds British and American spellings of one word: %s', (_, a, b, expected) => {
    expect(summary(a, b)).toEqual([expected]);
  });

  it('finds romanisations of a name, the lexicon form first', () => {
    expect(summary('Muammar Gaddafi died.', 'Moammar Gadhafi died.', 'Muammar el-Qaddafi died.')).toEqual([
      ['Gaddafi', 'transliteration', { a0: ['Gaddafi×1'], a1: ['Gadhafi×1'], a2: ['Qaddafi×1'] }],
      ['Muammar', 'transliteration', { a0: ['Muammar×1'], a1: ['Moammar×1'], a2: ['Muammar×1'] }],
    ]);
    expect(summary('He will meet Mr Zelensky.', 'He will meet Mr Zelenskiy.')).toEqual([['Zelenskyy', 'transliteration', { a0: ['Zelensky×1'], a1: ['Zelenskiy×1'] }]]);
  });

  it.each([
    ['one word everywhere', 'Christian groups met.', 'Christian groups met.'],
    ['two names the word list knows', 'Mr Christian said so.', 'Ms Christine said so.'],
    ['two ordinary words a letter apart', 'Senator Warren said so.', 'The Warden said so.'],
    ['a Ukrainian and a Russian given name', 'Kremlin spokesman Dmitry Peskov said so.', 'Foreign Minister Dmytro Kuleba said so.'],
    ['a singular and its plural', 'Houthi rebels fired missiles.', 'The Houthis fired missiles.'],
    ['a party name and a common word', 'The Labour party won.', 'Labor unions won.'],
    ['a word of another meaning in British English', 'The nuclear programme grew.', 'The computer program grew.'],
    ['a dateline in capitals', 'KYIV, Ukraine (AP) — Officials met.', 'Officials met in Kyiv.'],
    ['a lead in capitals', 'WASHINGTON (AP) — PRESIDENT BIDEN SAID ON MONDAY that talks failed.', 'President Biden said on Monday in Washington that talks failed.'],
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
