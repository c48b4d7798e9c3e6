import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { publicUrl } from '@/lib/env';
import './globals.css';

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(publicUrl()),
    title: { default: 'Parallax', template: '%s · Parallax' },
    description: 'Compare how different news outlets report the same event, claim by claim.',
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a href="#main" className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <div className="mx-auto flex max-w-6xl items-baseline gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight">
              Parallax
            </Link>
            <p className="hidden text-sm text-zinc-600 sm:block dark:text-zinc-400">One event, every outlet, claim by claim.</p>
            <nav aria-label="Site" className="ml-auto flex gap-4 text-sm">
              <Link href="/stories/new" className="hover:underline">
                New comparison
              </Link>
              <Link href="/suggested" className="hover:underline">
                Suggested
              </Link>
              <Link href="/about" className="hover:underline">
                How to read a comparison
              </Link>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
