import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiscrepancyType } from '../types';
import { compareSentences } from './compare-sentences';
import { findDiscrepancies } from './index';

interface Example {
  source: string;
  a: string;
  b: string;
  raises: DiscrepancyType[];
  mustNotRaise?: DiscrepancyType[];
}

const { examples } = JSON.parse(readFileSync(path.join(process.cwd(), 'data/fixtures/discrepancy-examples.json'), 'utf8')) as { examples: Example[] };

const compare = compareSentences;

describe('findDiscrepancies on real and control pairs', () => {
  it.each(examples.map((example) => [`${example.source}: ${example.a.slice(0, 50)}…`, example] as const))('%s', (_, example) => {
    const found = compare(example.a, example.b);
    const types = found.map((discrepancy) => discrepancy.type);
    for (const type of example.raises) expect(types, `should raise ${type}`).toContain(type);
    for (const type of example.mustNotRaise ?? []) expect(types, `should not raise ${type}`).not.toContain(type);
    for (const discrepancy of found) {
      expect(discrepancy.explanation).toMatch(/^[\p{Lu}“].+\.$/u);
      expect(Object.keys(discrepancy.values).sort()).toEqual([...discrepancy.articleIds].sort());
      for (const [articleId, spans] of Object.entries(discrepancy.spans)) {
        const text = articleId === 'a' ? example.a : example.b;
        for (const [start, end] of spans) expect(start >= 0 && end <= text.length && start < end).toBe(true);
      }
    }
  });

  it('compares nothing when only one outlet reports the claim', () => {
    expect(findDiscrepancies([{ articleId: 'a', outlet: 'A', text: 'It is not so.', start: 0 }], [])).toEqual([]);
  });

  it('points at the differing words: the credited sources', () => {
    const a = 'Officials said that around half of the staff working in Kyiv will return to the UK.';
    const b = 'Around half of staff are expected to leave with their families, reports the BBC.';
    const [attribution] = compare(a, b).filter((discrepancy) => discrepancy.type === 'attribution');
    expect(attribution?.values).toEqual({ a: 'Officials', b: 'the BBC' });
    expect(attribution?.spans.a?.map(([start, end]) => a.slice(start, end))).toEqual(['Officials']);
    expect(attribution?.spans.b?.map(([start, end]) => b.slice(start, end))).toEqual(['reports the BBC']);
    expect(attribution?.explanation).toBe('Outlet A credits “Officials”; Outlet B credits “the BBC”.');
  });
});
