'use client';

import { useId, useState } from 'react';
import { isOnlyAWebAddress } from '@/lib/analysis/page-metadata';

/**
 * Web addresses pasted one per line, added to the form as articles whose pages the server fetches when
 * the story is saved. `onAdd` says how many were added and which lines were not web addresses.
 */
export function AddAddresses({ onAdd }: { onAdd: (pasted: string) => { added: number; notAddresses: string[] } }) {
  const [pasted, setPasted] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const hint = useId();
  const add = () => {
    const { added, notAddresses } = onAdd(pasted);
    const parts = [
      added > 0 ? `${added === 1 ? 'One article' : `${added} articles`} added below: each page is fetched when you save.` : 'No new web address to add.',
      notAddresses.length > 0 ? `Not web addresses, so left out: ${notAddresses.join(', ')}.` : '',
    ];
    setNote(parts.filter(Boolean).join(' '));
    if (added > 0) setPasted(notAddresses.join('\n'));
  };
  return (
    <div className="panel grid gap-2">
      <label className="grid gap-1 text-sm font-medium">
        Add articles by web address
        <textarea className="input min-h-20 font-mono text-xs" value={pasted} onChange={(event) => setPasted(event.target.value)} aria-describedby={hint} placeholder={'https://…\nhttps://…'} />
      </label>
      <p id={hint} className="text-sm text-muted">
        One address per line. Parallax fetches each page when you save the story, and reads its outlet, title and date.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="button" onClick={add} disabled={pasted.trim() === ''}>
          Add these articles
        </button>
        {note && (
          <p role="status" className="text-sm">
            {note}
          </p>
        )}
      </div>
    </div>
  );
}

/** Under an article's text that is only a web address: one click makes it an address to fetch. */
export function FetchInstead({ text, onFetch }: { text: string; onFetch: (url: string) => void }) {
  if (!isOnlyAWebAddress(text)) return null;
  const address = text.trim();
  return (
    <p className="flex flex-wrap items-center gap-3 text-sm">
      This is a web address, not the article’s text.
      <button type="button" className="button" onClick={() => onFetch(/^www\./i.test(address) ? `https://${address}` : address)}>
        Fetch this page instead
      </button>
    </p>
  );
}
