// Types for server.mjs (plain JavaScript, run by Node without a build step).
import type { Server } from 'node:http';

export function startServer(options: { port: number; hostname?: string }): Promise<Server>;
