/** Where a story and its claims live; these paths are permanent links, so they never change shape. */
export function storyPath(slug: string): string {
  return `/stories/${slug}`;
}

export function claimPath(slug: string, claimId: string): string {
  return `${storyPath(slug)}/claims/${claimId}`;
}

/** A story's lesson: the teacher's page, the students' worksheet or the lesson plan, with the lesson's query string. */
export function lessonPath(slug: string, search: string, page: 'teacher' | 'students' | 'plan' = 'teacher'): string {
  return `${storyPath(slug)}/lesson${page === 'teacher' ? '' : `/${page}`}${search}`;
}

/** A page's `searchParams` prop as URLSearchParams (repeated keys kept in order). */
export function toSearchParams(search: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  return params;
}
