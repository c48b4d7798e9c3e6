import { closeSync, ftruncateSync, openSync, readFileSync, realpathSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { tryLock, unlock } from 'fs-native-extensions';

/**
 * PGlite takes no lock on its data directory, and a directory opened by two processes is corrupted.
 * A DataDirLock makes the second opener fail before it touches the files.
 *
 * The lock is a kernel lock on a file inside the directory (`parallax.lock`): an open-file-description
 * lock on Linux (fcntl F_OFD_SETLK), flock on macOS, LockFileEx on Windows. It belongs to the file
 * itself, so every way of reaching the directory meets it — through a symlink, a bind mount or from
 * another container on the same machine — and the kernel drops it the moment the holder dies, even on
 * kill -9, so a crash never leaves a stale lock. The file stays behind (removing it would let a later
 * opener lock a new file while an earlier one still holds the old); it records the last holder, for
 * the message a second opener prints.
 */
export interface DataDirLock {
  release(): Promise<void>;
}

export const LOCK_FILE = 'parallax.lock';

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    detail: string,
  ) {
    super(
      `The data directory ${dataDir} is already in use by another Parallax process (${detail}). ` +
        'Stop that process first, or give this one its own directory with DATA_DIR=<path>.',
    );
  }
}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** Locks an existing data directory for this process, or throws a DataDirLockedError. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  // The directory's own path, so that messages name it however it was reached.
  const realDir = realpathSync.native(dataDir);
  const shown = path.resolve(dataDir) === realDir ? realDir : `${dataDir} (${realDir})`;
  const file = path.join(realDir, LOCK_FILE);
  const fd = openSync(file, 'a+');
  let locked = false;
  try {
    locked = tryLock(fd);
  } finally {
    if (!locked) closeSync(fd);
  }
  if (!locked) throw new DataDirLockedError(shown, describeHolder(file));
  const holder: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  ftruncateSync(fd, 0);
  writeSync(fd, `${JSON.stringify(holder)}\n`, 0);
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      unlock(fd);
      closeSync(fd);
    },
  };
}

function describeHolder(file: string): string {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    if (typeof holder.pid === 'number' && typeof holder.host === 'string') {
      return `pid ${holder.pid} on ${holder.host}${typeof holder.since === 'string' ? `, since ${holder.since}` : ''}`;
    }
  } catch {
    // written by a holder that is still starting, or not by us: the lock itself is what counts
  }
  return 'lock held';
}
