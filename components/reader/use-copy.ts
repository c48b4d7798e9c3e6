'use client';

import { useState } from 'react';

/** Copies `text` to the clipboard on demand, and says whether it did (the browser may refuse). */
export function useCopy(text: string): { copied: 'copied' | 'failed' | null; copy: () => Promise<void> } {
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return { copied, copy };
}
