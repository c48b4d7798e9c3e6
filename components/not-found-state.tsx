import Link from 'next/link';

/** What every not-found.tsx shows: what is missing, why that may be, and where to go instead. */
export function NotFoundState({ title, children, back }: { title: string; children: React.ReactNode; back?: { href: string; label: string } }) {
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2">{children}</p>
      <p className="mt-4 flex gap-4">
        {back && (
          <Link className="link" href={back.href}>
            {back.label}
          </Link>
        )}
        <Link className="link" href="/">
          All stories
        </Link>
      </p>
    </div>
  );
}
