/**
 * The engine's version, reported with every analysis. Bump it whenever the output for the same input
 * may change, so stored analyses can be told apart from fresh ones.
 */
export const ENGINE_VERSION = '0.5.10';
