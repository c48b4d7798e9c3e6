import lexicon from './name-variants.json';

/**
 * Spellings of one name that outlets use interchangeably: the #KyivNotKiev pairs (Kyiv/Kiev,
 * Odesa/Odessa, Zelenskyy/Zelensky …; name-variants.json) plus a few common ones they do not list.
 */
export type NameVariantType = 'transliteration' | 'renaming' | 'spelling';

const EXTRA: { canonical: string; forms: string[]; type: NameVariantType }[] = [
  // Seed 000 "Sergey Lavrov"; other outlets write "Sergei".
  { canonical: 'Sergey', forms: ['Sergey', 'Sergei'], type: 'transliteration' },
  // Seed 002 writes both "Zelensky" and "Zelenskyy"; "Zelenskiy" is Reuters' form.
  { canonical: 'Zelensky', forms: ['Zelensky', 'Zelenskiy'], type: 'transliteration' },
  { canonical: 'Dmytro', forms: ['Dmytro', 'Dmitry'], type: 'transliteration' },
];

const byForm = new Map<string, { canonical: string; type: NameVariantType }>();
for (const entry of [...(lexicon.entries as typeof EXTRA), ...EXTRA]) {
  const existing = entry.forms.map((form) => byForm.get(form.toLowerCase())).find(Boolean);
  for (const form of entry.forms) {
    if (!byForm.has(form.toLowerCase())) byForm.set(form.toLowerCase(), existing ?? { canonical: entry.canonical, type: entry.type });
  }
}

/** The lexicon entry a written form belongs to, if any. */
export function knownVariant(form: string): { canonical: string; type: NameVariantType } | undefined {
  return byForm.get(form.toLowerCase());
}

/** Lower-case canonical form of a name (Kiev → kyiv), or the word itself lower-cased. */
export function canonicalName(word: string): string {
  return (byForm.get(word.toLowerCase())?.canonical ?? word).toLowerCase();
}
