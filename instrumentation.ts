export async function register(): Promise<void> {
  // The database and the file system exist only in the Node.js runtime. NEXT_RUNTIME is inlined at
  // build time, which keeps the Node-only start-up code out of the edge bundle; it is not configuration.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startUp } = await import('@/lib/server/start-up');
    await startUp();
  }
}
