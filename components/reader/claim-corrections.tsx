'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { QueryProvider } from '@/components/query-provider';
import { announceJob } from '@/components/reader/analysis-status';
import { ApiError, sendJson } from '@/components/story-form/api';
import type { CorrectionChange, MentionRef } from '@/lib/analysis/corrections';
import { DISCREPANCY_TYPES } from '@/lib/reader/discrepancy-types';

export interface CorrectionSummary {
  id: number;
  text: string;
  editor: string;
  createdAt: string;
}

interface Props {
  slug: string;
  claimId: string;
  mentions: (MentionRef & { outlet: string })[];
  types: string[];
  /** Outlets reporting the claim, for marking a missed difference. */
  outlets: { articleId: string; name: string }[];
  corrections: CorrectionSummary[];
}

const TOKEN_KEY = 'parallax:editor-token';

/** The browser's anonymous editor token: made once, kept in this browser, sent with every correction. */
function editorToken(): string {
  let token = window.localStorage.getItem(TOKEN_KEY);
  if (!token) {
    token = crypto.randomUUID().replaceAll('-', '');
    window.localStorage.setItem(TOKEN_KEY, token);
  }
  return token;
}

function send(method: 'POST' | 'DELETE', url: string, body?: unknown) {
  return sendJson<{ job: { id: number } }>(method, url, body, { 'x-editor-token': editorToken() });
}

/** The story's other claims to choose from, by number and summary (loaded when the panel opens). */
function ClaimSelect({ claims, value, onChange }: { claims: { id: string; number: number; summary: string }[] | undefined; value: string; onChange: (id: string) => void }) {
  return (
    <select className="input" value={value} onChange={(event) => onChange(event.target.value)} disabled={!claims}>
      <option value="">{claims ? 'Choose a claim…' : 'Loading the claims…'}</option>
      {claims?.map((claim) => (
        <option key={claim.id} value={claim.id}>
          {claim.number}. {claim.summary.slice(0, 110)}
        </option>
      ))}
    </select>
  );
}

function Panel({ slug, claimId, mentions, types, outlets, corrections }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [mergeWith, setMergeWith] = useState('');
  const [moving, setMoving] = useState(0);
  const [moveTo, setMoveTo] = useState('');
  const [missedType, setMissedType] = useState('');
  const [missedOutlets, setMissedOutlets] = useState<string[]>(outlets.map((outlet) => outlet.articleId));
  const [explanation, setExplanation] = useState('');
  const base = `/api/stories/${encodeURIComponent(slug)}/corrections`;
  const others = useQuery({
    queryKey: ['claims', slug],
    enabled: open,
    queryFn: async () => {
      const story = (await (await fetch(`/api/stories/${encodeURIComponent(slug)}`)).json()) as { claims: { id: string; summary: string; mentions: MentionRef[] }[] };
      return story.claims.map((claim, index) => ({ ...claim, number: index + 1 })).filter((claim) => claim.id !== claimId);
    },
  });
  const mutation = useMutation({
    mutationFn: ({ method, url, body }: { method: 'POST' | 'DELETE'; url: string; body?: CorrectionChange; message: string }) => send(method, url, body),
    onMutate: () => setDone(null),
    onSuccess: (answer, { message }) => {
      setDone(message);
      announceJob(slug, answer.job.id);
      router.refresh();
    },
  });
  const correct = (body: CorrectionChange, message: string) => mutation.mutate({ method: 'POST', url: base, body, message });
  const anchor = { articleId: mentions[0]!.articleId, text: mentions[0]!.text };
  const error = mutation.error instanceof ApiError ? mutation.error : null;

  return (
    <section aria-labelledby="corrections-heading" className="mt-8 print:hidden">
      <h2 id="corrections-heading" className="text-xl font-semibold">
        Corrections
      </h2>
      <div aria-live="polite">
        {done && (
          <p role="status" className="notice">
            {done} The story is being analysed again with your correction; this page updates when it is done.
          </p>
        )}
        {error && (
          <p role="alert" className="notice notice-error">
            Nothing was changed: {error.issues.length > 0 ? error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ') : error.message}
          </p>
        )}
      </div>
      {corrections.length > 0 && (
        <ul className="mt-2 grid gap-2 text-sm" aria-label="Corrections of this claim">
          {corrections.map((correction) => (
            <li key={correction.id} className="flex flex-wrap items-center gap-2">
              <span>
                {correction.text} <span className="text-muted">(editor {correction.editor}, {correction.createdAt.slice(0, 16).replace('T', ' ')} UTC)</span>
              </span>
              <button type="button" className="link" disabled={mutation.isPending} onClick={() => mutation.mutate({ method: 'DELETE', url: `${base}/${correction.id}`, message: 'Correction undone.' })}>
                Undo<span className="sr-only"> this correction</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <details className="panel mt-3" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer font-semibold">Correct this claim</summary>
        <div className="mt-3 grid gap-5 text-sm">
          <form
            className="grid gap-2"
            aria-label="Merge with another claim"
            onSubmit={(event) => {
              event.preventDefault();
              const other = others.data?.find((claim) => claim.id === mergeWith);
              if (other) correct({ kind: 'merge', into: anchor, from: { articleId: other.mentions[0]!.articleId, text: other.mentions[0]!.text } }, `Claim ${other.number} merged into this one.`);
            }}
          >
            <label className="grid gap-1">
              Same fact as another claim? Merge it into this one:
              <ClaimSelect claims={others.data} value={mergeWith} onChange={setMergeWith} />
            </label>
            <button type="submit" className="button justify-self-start" disabled={!mergeWith || mutation.isPending}>
              Merge
            </button>
          </form>

          <form
            className="grid gap-2"
            aria-label="Move a version to another claim"
            onSubmit={(event) => {
              event.preventDefault();
              const target = others.data?.find((claim) => claim.id === moveTo);
              const mention = mentions[moving];
              if (target && mention) {
                correct(
                  { kind: 'move', mention: { articleId: mention.articleId, text: mention.text }, to: { articleId: target.mentions[0]!.articleId, text: target.mentions[0]!.text } },
                  `${mention.outlet}’s version moved to claim ${target.number}.`,
                );
              }
            }}
          >
            <p>One version belongs with another claim? Move it there:</p>
            <div className="flex flex-wrap items-end gap-3">
              <label className="grid gap-1">
                Version
                <select className="input" value={moving} onChange={(event) => setMoving(Number(event.target.value))}>
                  {mentions.map((mention, index) => (
                    <option key={`${mention.articleId}:${mention.text}`} value={index}>
                      {mention.outlet}: {mention.text.slice(0, 60)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="grid min-w-0 flex-1 gap-1">
                To claim
                <ClaimSelect claims={others.data} value={moveTo} onChange={setMoveTo} />
              </label>
              <button type="submit" className="button" disabled={!moveTo || mutation.isPending}>
                Move
              </button>
            </div>
          </form>

          {mentions.length > 1 && (
            <div className="grid gap-2">
              <p>Not the same fact? Split a version off into a claim of its own:</p>
              <div className="flex flex-wrap gap-2">
                {mentions.map((mention) => (
                  <button
                    key={`${mention.articleId}:${mention.text}`}
                    type="button"
                    className="button"
                    disabled={mutation.isPending}
                    onClick={() => correct({ kind: 'split', mentions: [{ articleId: mention.articleId, text: mention.text }] }, `${mention.outlet}’s version split off.`)}
                  >
                    Split off {mention.outlet}’s version
                  </button>
                ))}
              </div>
            </div>
          )}

          {types.length > 0 && (
            <div className="grid gap-2">
              <p>A difference that is not one?</p>
              <div className="flex flex-wrap gap-2">
                {types.map((type) => (
                  <button key={type} type="button" className="button" disabled={mutation.isPending} onClick={() => correct({ kind: 'dismiss', claim: anchor, type: type as never }, `The ${type} difference was dismissed.`)}>
                    Dismiss the {DISCREPANCY_TYPES.find((info) => info.type === type)?.label ?? type} difference
                  </button>
                ))}
              </div>
            </div>
          )}

          {outlets.length > 1 && (
            <form
              className="grid gap-2"
              aria-label="Mark a missed difference"
              onSubmit={(event) => {
                event.preventDefault();
                correct({ kind: 'add', claim: anchor, type: missedType as never, articleIds: missedOutlets, explanation }, 'The difference was added.');
              }}
            >
              <p>A difference the analysis missed?</p>
              <div className="flex flex-wrap items-end gap-3">
                <label className="grid gap-1">
                  Kind
                  <select className="input" value={missedType} onChange={(event) => setMissedType(event.target.value)}>
                    <option value="">Choose…</option>
                    {DISCREPANCY_TYPES.map((info) => (
                      <option key={info.type} value={info.type}>
                        {info.label}
                      </option>
                    ))}
                  </select>
                </label>
                <fieldset className="flex flex-wrap gap-3">
                  <legend className="sr-only">Outlets that differ</legend>
                  {outlets.map((outlet) => (
                    <label key={outlet.articleId} className="inline-flex items-center gap-1">
                      <input
                        type="checkbox"
                        checked={missedOutlets.includes(outlet.articleId)}
                        onChange={(event) => setMissedOutlets(event.target.checked ? [...missedOutlets, outlet.articleId] : missedOutlets.filter((id) => id !== outlet.articleId))}
                      />
                      {outlet.name}
                    </label>
                  ))}
                </fieldset>
              </div>
              <label className="grid gap-1">
                How they differ, in a sentence
                <input className="input" value={explanation} onChange={(event) => setExplanation(event.target.value)} />
              </label>
              <button type="submit" className="button justify-self-start" disabled={!missedType || mutation.isPending}>
                Add the difference
              </button>
            </form>
          )}
        </div>
      </details>
    </section>
  );
}

/** Corrections of one claim: the ones in force (with undo) and the forms to make new ones. */
export function ClaimCorrections(props: Props) {
  return (
    <QueryProvider>
      <Panel {...props} />
    </QueryProvider>
  );
}
