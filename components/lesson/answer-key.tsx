'use client';

import { useState, type ReactNode } from 'react';

/** The answer key: hidden on screen until the teacher opens it, always printed, on its own page. */
export function AnswerKey({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="answer-key" className="mt-10 break-before-page">
      <h2 id="answer-key" className="text-xl font-semibold">
        Answer key
      </h2>
      <button type="button" className="button mt-2 print:hidden" aria-expanded={open} aria-controls="answer-key-body" onClick={() => setOpen(!open)}>
        {open ? 'Hide the answer key' : 'Show the answer key'}
      </button>
      <div id="answer-key-body" className={open ? 'mt-4' : 'mt-4 hidden print:block'}>
        {children}
      </div>
    </section>
  );
}
