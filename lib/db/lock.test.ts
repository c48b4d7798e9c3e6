import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'parallax-lock-'));
}

/** Starts a separate Node process that holds the lock on `dir` until it is killed. */
function holdLockInChild(dir: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '-e', `import('./lib/db/lock.ts').then(async (m) => { await m.lockDataDir(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000); })`],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited early with ${code}`)));
  });
  return { child, locked };
}

describe('lockDataDir', () => {
  it('refuses a second lock on the same directory until the first is released', async () => {
    const dir = tempDir();
    const first = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(DataDirLockedError);
    await expect(lockDataDir(path.join(dir, '.'))).rejects.toThrow(/already in use by another Parallax process/);
    await first.release();
    const again = await lockDataDir(dir);
    await again.release();
  });

  it('lets different directories be locked at once', async () => {
    const a = await lockDataDir(tempDir());
    const b = await lockDataDir(tempDir());
    await Promise.all([a.release(), b.release()]);
  });

  it('is held across processes and freed when the holder is killed with SIGKILL', async () => {
    const dir = tempDir();
    const { child, locked } = holdLockInChild(dir);
    await locked;
    await expect(lockDataDir(dir)).rejects.toThrow(DataDirLockedError);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const lock = await lockDataDir(dir);
    await lock.release();
  });
});
