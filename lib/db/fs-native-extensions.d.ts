// The package ships no types; these are the two calls lib/db/lock.ts makes (see its README).
declare module 'fs-native-extensions' {
  /** Takes an exclusive lock on the open file without waiting: false when another holder has it. */
  export function tryLock(fd: number, offset?: number, length?: number, options?: { shared?: boolean }): boolean;
  export function unlock(fd: number, offset?: number, length?: number): void;
}
