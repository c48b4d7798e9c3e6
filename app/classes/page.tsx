import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { isClassCode } from '@/lib/db/queries/assignments';

export const metadata: Metadata = { title: 'Join a class', robots: { index: false } };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Where students type the code their teacher gives them (it works without JavaScript). */
export default async function JoinClassPage({ searchParams }: Props) {
  const code = (await searchParams).code;
  const typed = typeof code === 'string' ? code.trim().toUpperCase() : '';
  if (typed && isClassCode(typed)) redirect(`/classes/${typed}`);
  return (
    <article className="max-w-prose">
      <h1 className="font-serif text-2xl font-semibold">Join a class</h1>
      <form method="get" action="/classes" className="mt-4 grid gap-3">
        <label className="grid gap-1">
          The class code your teacher gave you
          <input name="code" className="input font-mono text-xl tracking-widest uppercase" defaultValue={typed} autoComplete="off" maxLength={20} required />
        </label>
        {typed && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            “{typed}” is not a class code: a code is six letters and digits. Check it with your teacher.
          </p>
        )}
        <div>
          <button type="submit" className="button">
            Join
          </button>
        </div>
      </form>
    </article>
  );
}
