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
        Each column is one outlet. Where an outlet has no sentence in a row but one of its sentences comes close, the cell says
        “possibly reported” and links that sentence: on real coverage labelled by hand, about seven in ten such sentences do
        state the claim. An empty cell that says “not reported” means the analysis found no sentence of that outlet stating
        the claim in the same words or with the same figures and names, nor one close to it. Even then the outlet often
        states it, in other words, in a row of its own: check the full text before saying an outlet left something out.
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
        The rows and the highlights are made automatically, and they are not yet reliable enough to quote without checking. On
        real coverage labelled by hand (stories from AllSides, BASIL and ECB+ that nobody here wrote, labelled before the
        analysis ran on them), only about half of the differences it highlights are ones a careful reader confirms, and it
        finds only a fraction of those a careful reader sees. It says an outlet names no source only when that outlet’s sentences
        have no reporting verb, source phrase or quotation at all, and it stays silent where it is unsure (a pronoun such as
        “she said”, a quotation whose speaker is named elsewhere). Loaded words are highlighted only from short lists (“invasion”
        and “intervention”, “sweeping”, “controversial”), so “dogged criticism” and “badgering” are not. Two sentences that
        state the same fact in very different words often end up as two rows, each reported by one outlet.
        So a pair without highlights is not proof that two outlets agree, and “not reported” is worth checking
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
