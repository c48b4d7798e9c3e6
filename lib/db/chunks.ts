/**
 * Bounded statements. PostgreSQL (and PGlite) refuse a statement with more than 65,535 parameters, and
 * one huge statement is slow to build and to send, so every multi-row write and every `IN (…)` list is
 * cut into statements of at most PARAMETERS_PER_STATEMENT parameters, inside the caller's transaction.
 */
export const PARAMETERS_PER_STATEMENT = 4_000;
/**
 * Rows a statement binds as one array per column (`unnest`): a handful of parameters whatever the row
 * count, so only the statement's size bounds it, and on PGlite how long it holds the event loop: in
 * the server (PGlite on disk), 2,000 rows of the 86,000-paragraph page held it 300 ms a statement; 500
 * rows, under 100 ms, and the whole save took as long (4.1 s against 4.0 s).
 */
export const ARRAY_ROWS_PER_STATEMENT = 500;

/** `items` in order, cut into groups that each fit one statement of `parametersPerItem` parameters an item. */
export function statementChunks<T>(items: readonly T[], parametersPerItem = 1): T[][] {
  const size = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / parametersPerItem));
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

/**
 * Writes `items` with one bounded statement per chunk (`write` builds it), letting the event loop run
 * between statements. Rows to insert are counted one parameter per column, from the first row's keys
 * (the rows of one insert share a shape); anything else, such as ids for an `IN (…)` list, as one each.
 * With `asArrays`, the statement binds each column as one array, and chunks hold ARRAY_ROWS_PER_STATEMENT rows.
 */
export async function writeInChunks<T>(items: readonly T[], write: (chunk: T[]) => Promise<unknown>, { asArrays = false } = {}): Promise<void> {
  const [first] = items;
  const parametersPerItem = asArrays ? PARAMETERS_PER_STATEMENT / ARRAY_ROWS_PER_STATEMENT : typeof first === 'object' && first !== null ? Object.keys(first).length : 1;
  for (const chunk of statementChunks(items, parametersPerItem)) {
    await write(chunk);
    await yieldToEventLoop();
  }
}

/**
 * Lets the event loop run between the statements of a long write. PGlite executes statements on the
 * main thread, and its promises settle without giving timers or sockets a turn, so without this a
 * save of a big story would hold every request of the process until it commits.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
