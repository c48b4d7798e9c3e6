/**
 * Ports of the servers the end-to-end suite starts (see playwright.config.ts). E2E_PORT_BASE moves them,
 * so that two checkouts on one machine can run the suite at the same time.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
export const PGLITE_PORT = base;
export const POSTGRES_PORT = base + 1;
/** Servers e2e/write-limit.spec.ts starts itself (the limit at its default, PGlite and two over PostgreSQL). */
export const WRITE_LIMIT_PORTS = [base + 5, base + 6, base + 7] as const;
/** The fixture site the app may fetch (FETCH_ALLOW_HOSTS), and a loopback listener no rule allows (e2e/fixture-site). */
export const FIXTURE_PORT = base + 8;
export const FIXTURE_REFUSED_PORT = base + 9;
