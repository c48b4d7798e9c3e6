import type { Metadata } from 'next';
import Link from 'next/link';
import { Legend } from '@/components/reader/legend';

export const metadata: Metadata = {
  title: 'How to read a comparison',
  description: 'What Parallax shows: claims lined up across outlets, what each highlight means, and what “not reported” tells you.',
};

export default function AboutPage() {
  return (
    <article className="max-w-prose">
      <h1 className="font-serif text-3xl font-semibold">How to read a comparison</h1>
      <p className="mt-4">
        Parallax takes several articles about one event and splits each into claims — single statements of fact. It lines up the
        claims that report the same fact, so each row of a story shows every outlet’s own words for it, side by side.
      </p>
      <h2 className="mt-8 text-xl font-semibold">Rows, columns and empty cells</h2>
      <p className="mt-2">
        Each column is one outlet. An empty cell that says “not reported” is an omission: that outlet did not report the claim at
        all. Claims only one outlet reports are often the most interesting ones to check.
      </p>
      <h2 className="mt-8 text-xl font-semibold">Highlights</h2>
      <p className="mt-2">
        Where outlets report the same claim differently, the differing words are highlighted. Each kind of difference has its own
        colour and underline, and says in words what differs, so nothing depends on colour alone.
      </p>
      <div className="mt-4">
        <Legend open />
      </div>
      <h2 className="mt-8 text-xl font-semibold">What the analysis can miss</h2>
      <p className="mt-2">
        The rows and the highlights are made automatically. Tested on real coverage they seldom point at a difference that is
        not there, though they note who is credited and how sure each outlet sounds more readily than a careful reader might: a
        sentence that names its source beside one that names none is marked as a difference in attribution. They miss many
        differences that are there: differently loaded words are highlighted only from a short list of loaded terms (“invasion”
        and “intervention”) and charged words (“sweeping”, “controversial”), so “dogged criticism” and “badgering” are not, and neither is a narrower or wider group of people (“school sports teams” and “women’s sports”). Two sentences that state the same fact in very different words can end up as two rows, each reported
        by one outlet. So a pair without highlights is not proof that two outlets agree, and “not reported” is worth checking
        in the full text. Anyone can fix a row on its claim page: merge two claims, move a version to another claim, or mark a
        difference the analysis missed.
      </p>
      <h2 className="mt-8 text-xl font-semibold">What Parallax does not do</h2>
      <p className="mt-2">
        It compares; it does not rate. A difference is not an error: one outlet may be more careful, another more recent. Follow
        the links to the full text and the original articles, and judge for yourself.
      </p>
      <p className="mt-8 flex flex-wrap gap-4">
        <Link className="link" href="/">
          Browse the stories
        </Link>
        <Link className="link" href="/guide">
          A guide for students, with real examples
        </Link>
      </p>
    </article>
  );
}
