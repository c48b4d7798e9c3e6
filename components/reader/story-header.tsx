import Link from 'next/link';
import { sameSourceAs } from '@/lib/reader/story-view';
import type { StoryPageData } from '@/lib/server/reader';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One line that says what the grid holds. */
export function summaryLine({ counts, columns }: Pick<StoryPageData, 'counts' | 'columns'>): string {
  if (counts.claims === 0) return `${plural(columns.length, 'outlet')}; no claims yet.`;
  return [
    plural(counts.claims, 'claim'),
    `${counts.reportedByAll} reported by all ${columns.length} outlets`,
    `${counts.withDiscrepancies} with differences`,
    `${counts.reportedByOne} reported by only one outlet`,
  ].join(' · ');
}

/** The story's title, its outlets (each with its date, source view and original) and the summary line. */
export function StoryHeader({ story }: { story: StoryPageData }) {
  const sameSource = sameSourceAs(story.columns);
  return (
    <header className="mb-4 sm:mb-6">
      <h1 className="font-serif text-2xl font-semibold text-balance sm:text-3xl">{story.title}</h1>
      <p className="mt-2 text-sm text-muted">
        {summaryLine(story)}
        <span className="print:hidden">
          {' · '}
          <Link className="link" href={`/stories/${story.slug}/edit`}>
            Edit the story
          </Link>
          {' · '}
          <Link className="link" href={`/stories/${story.slug}/lesson`}>
            Make a lesson
          </Link>
          {story.counts.claims > 0 && (
            <>
              {' · '}Download the grid:{' '}
              {(['csv', 'json', 'md'] as const).map((format, index) => (
                <span key={format}>
                  {index > 0 && ', '}
                  <a className="link" href={`/api/stories/${story.slug}/export?format=${format}`} download>
                    {format === 'md' ? 'Markdown' : format.toUpperCase()}
                  </a>
                </span>
              ))}
            </>
          )}
        </span>
      </p>
      <ul className="mt-4 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:gap-3" aria-label="Outlets">
        {story.columns.map((column) => (
          <li key={column.articleId} className="panel min-w-0 px-3 py-2 sm:min-w-48 sm:px-4">
            <p className="font-semibold">{column.name}</p>
            {Boolean(column.agency || sameSource.get(column.articleId)?.length) && (
              <p className="text-sm">
                {column.agency ? `${column.agency} agency copy` : 'Wire copy'}
                {sameSource.get(column.articleId)?.length ? `: same text as ${sameSource.get(column.articleId)!.join(', ')}` : ''}
              </p>
            )}
            <p className="mt-1 flex flex-wrap gap-x-3 text-sm">
              <span className="text-muted">{column.publishedAt ?? 'Date unknown'}</span>
              <Link className="link" href={`/stories/${story.slug}/articles/${column.articleId}`}>
                Full text<span className="sr-only"> of {column.name}</span>
              </Link>
              {column.url && (
                <a className="link" href={column.url} rel="noopener noreferrer nofollow" target="_blank">
                  Original<span className="sr-only"> article by {column.name} (opens in a new tab)</span>
                </a>
              )}
            </p>
          </li>
        ))}
      </ul>
    </header>
  );
}
