'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

export function QueryProvider({ children }: { children: ReactNode }) {
  // A change sent while offline runs at once and fails with a message (components/story-form/api.ts)
  // instead of waiting, paused, for the network to come back behind a "Saving…" that never ends.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 2, refetchOnWindowFocus: false }, mutations: { networkMode: 'always' } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
