'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** The story a page inside it belongs to, for the parts Next renders without params (not-found pages). */
export interface StoryContextValue {
  slug: string;
  title: string;
}

const StoryContext = createContext<StoryContextValue | null>(null);

export function StoryProvider({ value, children }: { value: StoryContextValue; children: ReactNode }) {
  return <StoryContext value={value}>{children}</StoryContext>;
}

export function useStory(): StoryContextValue | null {
  return useContext(StoryContext);
}
