import { uniqueRanges, type DiffWord } from '@/lib/reader/word-diff';

/**
 * One outlet's version of a claim with the words no other version shares highlighted (text nodes and
 * <mark>, inside <bdi>), each highlight saying in words whose wording it is.
 */
export function VersionText({ text, diff, outlet }: { text: string; diff: readonly DiffWord[]; outlet: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const range of uniqueRanges(diff)) {
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(
      <mark key={range.start} data-type="wording" title={`Wording only ${outlet} uses`}>
        {text.slice(range.start, range.end)}
        <span className="sr-only"> (wording only {outlet} uses)</span>
      </mark>,
    );
    at = range.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <bdi className="whitespace-pre-line">{parts}</bdi>;
}
