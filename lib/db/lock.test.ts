import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, LOCK_FILE } from './lock';

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

  it('refuses the directory reached through a symlink, or a symlink to a symlink, and names its real path', async () => {
    const dir = tempDir();
    const link = path.join(tempDir(), 'data-link');
    const linkToLink = path.join(tempDir(), 'link-to-link');
    symlinkSync(dir, link);
    symlinkSync(link, linkToLink);
    const first = await lockDataDir(link);
    await expect(lockDataDir(dir)).rejects.toThrow(`The data directory ${dir} is already in use`);
    await expect(lockDataDir(linkToLink)).rejects.toThrow(`The data directory ${linkToLink} (${dir}) is already in use`);
    await first.release();
  });

  it('keeps its lock file inside the directory, naming the holder for the message a second opener prints', async () => {
    const dir = tempDir();
    const lock = await lockDataDir(dir);
    const holder = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    await expect(lockDataDir(dir)).rejects.toThrow(`(pid ${process.pid} on ${hostname()}, since ${holder.since})`);
    await lock.release();
  });

  it('lets different directories be locked at once, a directory inside a locked one too', async () => {
    const outer = tempDir();
    const inner = path.join(outer, 'inner');
    mkdirSync(inner);
    const locks = await Promise.all([lockDataDir(tempDir()), lockDataDir(outer), lockDataDir(inner)]);
    await Promise.all(locks.map((lock) => lock.release()));
  });

  it('is held across processes, through a symlink too, and freed when the holder is killed with SIGKILL', async () => {
    const dir = tempDir();
    const link = path.join(tempDir(), 'data-link');
    symlinkSync(dir, link);
    const { child, locked } = holdLockInChild(dir);
    await locked;
    await expect(lockDataDir(dir)).rejects.toThrow(DataDirLockedError);
    await expect(lockDataDir(link)).rejects.toThrow(`pid ${child.pid} on ${hostname()}`);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const lock = await lockDataDir(link);
    await lock.release();
  });
});
