import places from './name-variants.json';
import transliterations from './name-transliterations.json';

/**
 * Spellings of one name that outlets use interchangeably: the #KyivNotKiev pairs (Kyiv/Kiev,
 * Odesa/Odessa, Zelenskyy/Zelensky …; name-variants.json) and romanisations of names in the news
 * (Gaddafi/Qaddafi/Gadhafi, Sergey/Sergei …; name-transliterations.json, each group with its source).
 */
export type NameVariantType = 'transliteration' | 'renaming' | 'spelling';

interface NameGroup {
  canonical: string;
  forms: string[];
  type: NameVariantType;
}

// A form listed in both files joins the group seen first (Zelenskyy: the place-name list's canonical).
const byForm = new Map<string, { canonical: string; type: NameVariantType }>();
for (const entry of [...places.entries, ...transliterations.groups] as NameGroup[]) {
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
