import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';

/**
 * PGlite takes no lock on its data directory, and a directory opened by two processes is corrupted.
 * A DataDirLock makes the second opener fail before it touches the files.
 *
 * On Linux the lock is a listening socket in the abstract namespace, named after the directory: the
 * kernel refuses a second listener and frees the name the moment the holder dies, even on kill -9,
 * so a crash never leaves a stale lock behind. Elsewhere it is a lock file holding the owner's pid.
 */
export interface DataDirLock {
  release(): Promise<void>;
}

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  constructor(readonly dataDir: string, detail: string) {
    super(
      `The data directory ${dataDir} is already in use by another Parallax process (${detail}). ` +
        'Stop that process first, or give this one its own directory with DATA_DIR=<path>.',
    );
  }
}

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const absolute = path.resolve(dataDir);
  return process.platform === 'linux' ? lockWithAbstractSocket(absolute) : lockWithPidFile(absolute);
}

function lockWithAbstractSocket(dataDir: string): Promise<DataDirLock> {
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 32);
  const name = `\0parallax-data-dir-${digest}`;
  const server: Server = createServer((socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new DataDirLockedError(dataDir, 'lock held') : error);
    });
    server.listen(name, () => {
      // The lock must not keep an otherwise finished process alive.
      server.unref();
      resolve({ release: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

function lockWithPidFile(dataDir: string): DataDirLock {
  const file = path.join(dataDir, 'parallax.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: async () => unlinkSync(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (isAlive(owner)) throw new DataDirLockedError(dataDir, `pid ${owner}`);
      unlinkSync(file); // left behind by a process that died
    }
  }
  throw new DataDirLockedError(dataDir, 'lock file keeps reappearing');
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
