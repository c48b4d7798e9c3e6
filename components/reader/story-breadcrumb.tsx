import Link from 'next/link';
import type { ReactNode } from 'react';

/** "Story title › where you are", above every page inside a story. */
export function StoryBreadcrumb({ slug, title, children }: { slug: string; title: string; children: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted print:hidden">
      <Link className="link" href={`/stories/${slug}`}>
        {title}
      </Link>{' '}
      › {children}
    </nav>
  );
}
