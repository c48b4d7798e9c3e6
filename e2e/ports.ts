/** Ports of the servers the end-to-end suite starts (see playwright.config.ts). */
export const PGLITE_PORT = 3100;
export const POSTGRES_PORT = 3101;
