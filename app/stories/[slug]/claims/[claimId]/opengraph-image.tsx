import { ImageResponse } from 'next/og';
import { discrepancyLabel } from '@/lib/reader/discrepancy-types';
import { truncate } from '@/lib/reader/truncate';
import { loadStory, resolveClaim } from '@/lib/server/reader';

export const alt = 'A claim compared across news outlets, with each outlet’s differing words';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const revalidate = 1;


/** The share card: the claim, and for each outlet the words where it differs from the others. */
export default async function Image({ params }: { params: Promise<{ slug: string; claimId: string }> }) {
  const { slug, claimId } = await params;
  const story = await loadStory(slug);
  const resolved = story && (await resolveClaim(story.id, claimId));
  const claim = resolved && story.claims.find((candidate) => candidate.id === resolved.id);
  const reporting = claim ? story.columns.filter((column) => claim.articleIds.includes(column.articleId)) : [];
  const missing = claim ? story.columns.filter((column) => claim.missingFrom.includes(column.articleId)) : [];
  const wordsOf = (articleId: string) =>
    claim?.discrepancies
      .filter((discrepancy) => discrepancy.values[articleId])
      .slice(0, 2)
      .map((discrepancy) => `${discrepancyLabel(discrepancy.type)}: “${truncate(discrepancy.values[articleId]!, 60)}”`) ?? [];

  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: 56, background: '#fafaf9', color: '#18181b', fontSize: 28 }}>
        <div style={{ display: 'flex', fontSize: 24, color: '#52525b' }}>Parallax · {truncate(story?.title ?? 'Claim not found', 80)}</div>
        <div style={{ display: 'flex', marginTop: 24, fontSize: 44, fontWeight: 700, lineHeight: 1.2 }}>
          {claim ? `“${truncate(claim.summary, 150)}”` : 'This claim no longer exists.'}
        </div>
        <div style={{ display: 'flex', marginTop: 'auto', gap: 24 }}>
          {reporting.slice(0, 4).map((column) => (
            <div key={column.articleId} style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: 20, borderRadius: 12, background: '#ffffff', border: '2px solid #d4d4d8' }}>
              <div style={{ display: 'flex', fontWeight: 700 }}>{truncate(column.name, 24)}</div>
              {wordsOf(column.articleId).length === 0 ? (
                <div style={{ display: 'flex', marginTop: 8, fontSize: 22, color: '#52525b' }}>same wording</div>
              ) : (
                wordsOf(column.articleId).map((line) => (
                  <div key={line} style={{ display: 'flex', marginTop: 8, fontSize: 22, background: '#fef3c7', padding: '2px 6px' }}>
                    {line}
                  </div>
                ))
              )}
            </div>
          ))}
        </div>
        {missing.length > 0 && (
          <div style={{ display: 'flex', marginTop: 16, fontSize: 22, color: '#52525b' }}>Not reported by {truncate(missing.map((column) => column.name).join(', '), 90)}</div>
        )}
      </div>
    ),
    size,
  );
}
