import type { Metadata } from 'next';
import Link from 'next/link';
import { GUIDE_EXAMPLES } from '@/lib/lessons/guide-examples';
import { discrepancyLabel } from '@/lib/reader/discrepancy-types';

export const metadata: Metadata = {
  title: 'How to read the news side by side: a guide for students',
  description: 'Eight questions to ask when outlets report the same event, with real examples from three UK reports of January 2022.',
};

const DEFAULT_STORY = '/stories/embassy-staff-leave-ukraine';

export default function GuidePage() {
  return (
    <article className="max-w-prose">
      <h1 className="font-serif text-3xl font-semibold">How to read the news side by side</h1>
      <p className="mt-4">
        When several outlets report the same event, they rarely say exactly the same thing. Comparing them shows you what is
        certain, what is only claimed, and what each outlet chose to tell you. These examples come from three real reports —
        ITV News, The Sun and LBC — about British and US embassy staff leaving Ukraine in January 2022.{' '}
        <Link className="link" href={DEFAULT_STORY}>
          See the whole comparison
        </Link>
        .
      </p>
      <ol className="mt-8 grid gap-8">
        {GUIDE_EXAMPLES.map((example, index) => (
          <li key={example.heading}>
            <h2 className="text-xl font-semibold">
              {index + 1}. {example.heading}{' '}
              {example.type !== 'same' && example.type !== 'omission' && (
                <span className="badge align-middle" data-type={example.type}>
                  {discrepancyLabel(example.type)}
                </span>
              )}
            </h2>
            <div className="mt-3 grid gap-2">
              {example.quotes.map((quote) => (
                <figure key={`${quote.outlet}${quote.text}`} className="panel py-2">
                  <blockquote>
                    <bdi>{quote.text}</bdi>
                  </blockquote>
                  <figcaption className="mt-1 text-sm text-muted">— {quote.outlet}</figcaption>
                </figure>
              ))}
            </div>
            <p className="mt-3">{example.notice}</p>
            <p className="mt-2 font-medium">Ask yourself: {example.ask}</p>
          </li>
        ))}
      </ol>
      <p className="mt-10">
        Ready to try? Your teacher may give you a worksheet, or{' '}
        <Link className="link" href={`${DEFAULT_STORY}/lesson?claims=3&blind=1`}>
          try three questions on this story
        </Link>
        . Teachers: a{' '}
        <Link className="link" href={`${DEFAULT_STORY}/lesson/plan?claims=3&blind=1`}>
          45-minute lesson plan
        </Link>{' '}
        goes with it.
      </p>
    </article>
  );
}
