import { fieldOfIssue } from './draft';

/** One thing the API refused, placed on the article and field it concerns. */
export interface Issue {
  article: number | null;
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(message: string, readonly issues: Issue[] = []) {
    super(message);
  }
}

/** The header that lets a request change a story (lib/server/edit-token.ts). */
export const editHeaders = (token: string): Record<string, string> => ({ 'X-Edit-Token': token });

/**
 * Sends JSON to the API and returns the answer's body, or throws an ApiError with the API's own
 * message and issues (the API validates; the forms only show what it says).
 */
export async function sendJson<T>(method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  // Offline, a request may hang for a long while before it fails: say so at once.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    throw new ApiError('You are offline, so nothing was sent. What you entered is still here: try again once you are connected.');
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('Could not reach the server, so nothing was changed. What you entered is still here: try again.');
  }
  const answer = (await response.json().catch(() => null)) as { error?: { message: string; issues?: { path: string; message: string }[] } } | null;
  if (response.ok) return answer as T;
  const issues = (answer?.error?.issues ?? []).map((issue) => ({ ...fieldOfIssue(issue.path), message: issue.message }));
  throw new ApiError(answer?.error?.message ?? `The server answered ${response.status}; nothing was changed.`, issues);
}
