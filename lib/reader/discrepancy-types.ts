import type { DiscrepancyType } from '@/lib/analysis/types';

export interface DiscrepancyTypeInfo {
  type: DiscrepancyType;
  /** Short name used in badges, filters and accessible names ("attribution differs"). */
  label: string;
  /** What the type means, in words a student understands. */
  description: string;
  /** The question a reader should ask where outlets differ this way (the guide's and the lesson plan's). */
  ask: string;
  /** A real pair from the seed story (or a typical one) showing the type. */
  example: [string, string];
}

/** The engine's fixed vocabulary of discrepancy types, in the order the reader lists them. */
export const DISCREPANCY_TYPES: readonly DiscrepancyTypeInfo[] = [
  {
    type: 'spelling',
    label: 'spelling',
    description: 'The same name is spelt or transliterated differently.',
    ask: 'Why might an outlet choose one spelling over another?',
    example: ['staff working in Kyiv', 'staff working in Kiev'],
  },
  {
    type: 'number',
    label: 'number',
    description: 'The outlets give different figures, amounts or proportions for the same thing.',
    ask: 'Do the outlets give the same figures, and do they count the same thing?',
    example: ['around half of the staff', 'a third of the staff'],
  },
  {
    type: 'timing',
    label: 'timing',
    description: 'The outlets put the event on different days, or one says it will happen and another that it did.',
    ask: 'Was this written before or after the event?',
    example: ['talks will take place on Friday', 'talks took place last week'],
  },
  {
    type: 'attribution',
    label: 'attribution',
    description: 'The outlets credit different sources for the same information.',
    ask: 'Who is the source of this fact, and did the outlet check it itself?',
    example: ['Officials said that around half of the staff…', '…around half of staff will return, reports the BBC.'],
  },
  {
    type: 'hedging',
    label: 'certainty',
    description: 'One outlet states it as fact, another is less certain (or more).',
    ask: 'Is this stated as fact, or as what someone thinks or expects?',
    example: ['the withdrawal is a precautionary one', 'it is thought to be a precaution'],
  },
  {
    type: 'quote',
    label: 'quote',
    description: 'Quoted words differ, a paraphrase is shown as a quote, or a quote is cut short.',
    ask: "Are these the speaker's exact words, or the outlet's summary of them?",
    example: ['"does not constitute an evacuation"', 'said it was not an evacuation'],
  },
  {
    type: 'scope',
    label: 'scope',
    description: 'The outlets describe a wider or narrower group, place or extent.',
    ask: 'Does every outlet describe the same places, people and amounts?',
    example: ['avoid travel to Russia', 'avoid travel to Ukraine or Russia'],
  },
  {
    type: 'framing',
    label: 'framing',
    description: 'The same fact is described with different, sometimes loaded, wording.',
    ask: 'Would a different word give a different impression?',
    example: ['a Russian invasion', 'a Russian intervention'],
  },
  {
    type: 'contradiction',
    label: 'contradiction',
    description: 'One outlet says the opposite of what another says.',
    ask: 'Can both versions be true? What would you check to find out?',
    example: ['constitutes an evacuation', 'does not constitute an evacuation'],
  },
];

const BY_TYPE = new Map(DISCREPANCY_TYPES.map((info) => [info.type, info]));

// Addresses name a type as the page does ("certainty"); the engine's name ("hedging") of older links still works.
const BY_URL_NAME = new Map(DISCREPANCY_TYPES.flatMap((info) => [[info.label, info.type] as const, [info.type, info.type] as const]));

/** The type an address names, by its label or by the engine's name; null for anything else. */
export function typeFromUrl(value: string): DiscrepancyType | null {
  return BY_URL_NAME.get(value) ?? null;
}

/** Types as an address lists them: by label, in the legend's order, comma-separated. */
export function typesToUrl(types: readonly DiscrepancyType[]): string {
  return [...types].sort(compareTypes).map(discrepancyLabel).join(',');
}

/** The types a query's `type` parameters name (each may list several, comma-separated), once each. */
export function typesFromUrl(params: URLSearchParams): DiscrepancyType[] {
  const named = params.getAll('type').flatMap((value) => value.split(',')).map((value) => typeFromUrl(value.trim()));
  return [...new Set(named.filter((type): type is DiscrepancyType => type !== null))];
}

/** The question to ask where outlets differ in this way. */
export function discrepancyAsk(type: DiscrepancyType): string {
  return (BY_TYPE.get(type) as DiscrepancyTypeInfo).ask;
}

export function discrepancyLabel(type: string): string {
  return BY_TYPE.get(type as DiscrepancyType)?.label ?? type;
}

/** Order types the way the legend lists them. */
export function compareTypes(a: string, b: string): number {
  const rank = (type: string) => DISCREPANCY_TYPES.findIndex((info) => info.type === type);
  return rank(a) - rank(b);
}
