import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv, publicUrl } from './env';

describe('parseEnv', () => {
  it('applies defaults when nothing is set', () => {
    expect(parseEnv({})).toEqual({
      DATABASE_URL: undefined,
      DATA_DIR: '.data',
      PORT: 3000,
      SEED_STORIES: true,
      RATE_LIMIT_WRITES_PER_MINUTE: 60,
      ANALYSIS_TIMEOUT_SECONDS: 300,
      ANALYSIS_MEMORY_MB: 1024,
      ANALYSIS_MAX_ATTEMPTS: 3,
      ANALYSIS_STALE_SECONDS: 120,
      PUBLIC_URL: undefined,
      FETCH_ALLOW_HOSTS: new Set(),
      FEED_POLL_MINUTES: 15,
      FEEDS: [],
      NODE_ENV: 'development',
    });
  });

  it('accepts a PostgreSQL URL and treats an empty one as unset', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/test' }).DATABASE_URL).toBe(
      'postgres://u@127.0.0.1:5432/test',
    );
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('gives the public URL without a trailing slash, or localhost on the configured port', () => {
    expect(publicUrl(parseEnv({ PUBLIC_URL: 'https://parallax.example.org/' }))).toBe('https://parallax.example.org');
    expect(publicUrl(parseEnv({ PORT: '4000' }))).toBe('http://localhost:4000');
  });

  it('reads TRUST_PROXY as a list of proxy addresses and ranges, unset when empty', () => {
    expect(parseEnv({ TRUST_PROXY: '10.0.0.0/8, ::1, loopback,private' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '::1', 'loopback', 'private']);
    expect(parseEnv({ TRUST_PROXY: ' ' }).TRUST_PROXY).toBeUndefined();
    expect(parseEnv({}).TRUST_PROXY).toBeUndefined();
  });

  it('reads FETCH_ALLOW_HOSTS as host:port pairs, lower-cased, empty when unset', () => {
    expect(parseEnv({ FETCH_ALLOW_HOSTS: '127.0.0.1:3108, Pages.Test:80,[::1]:8080' }).FETCH_ALLOW_HOSTS).toEqual(new Set(['127.0.0.1:3108', 'pages.test:80', '[::1]:8080']));
    expect(parseEnv({ FETCH_ALLOW_HOSTS: ' ' }).FETCH_ALLOW_HOSTS).toEqual(new Set());
  });

  it('reads FEEDS as a list of web addresses', () => {
    expect(parseEnv({ FEEDS: 'https://a.example/rss, http://b.example/atom.xml' }).FEEDS).toEqual(['https://a.example/rss', 'http://b.example/atom.xml']);
  });

  it.each([
    [{ FEEDS: 'https://a.example/rss,ftp://b.example/' }, 'FEEDS.1: "ftp://b.example/" is not a web address'],
    [{ FEED_POLL_MINUTES: '0' }, 'FEED_POLL_MINUTES: must be a whole number of minutes between 1 and 1,440'],
    [{ FETCH_ALLOW_HOSTS: '127.0.0.1' }, 'FETCH_ALLOW_HOSTS: "127.0.0.1" is not a host:port pair'],
    [{ FETCH_ALLOW_HOSTS: 'pages.test:99999' }, 'FETCH_ALLOW_HOSTS: "pages.test:99999" is not a host:port pair'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY: "true" is not a proxy address'],
    [{ TRUST_PROXY: '10.0.0.0/8,10.0.0.0/33' }, 'TRUST_PROXY: "10.0.0.0/33" is not a proxy address'],
    [{ PUBLIC_URL: 'ftp://example.org' }, 'PUBLIC_URL: must be an http(s) URL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: must be a PostgreSQL URL'],
    [{ PORT: 'eighty' }, 'PORT: must be a whole number between 1 and 65535'],
    [{ PORT: '70000' }, 'PORT: must be a whole number between 1 and 65535'],
    [{ SEED_STORIES: 'yes' }, 'SEED_STORIES: must be "true" or "false"'],
    [{ DATA_DIR: '  ' }, 'DATA_DIR: must be a directory path'],
    [{ ANALYSIS_TIMEOUT_SECONDS: '0' }, 'ANALYSIS_TIMEOUT_SECONDS: must be a whole number of seconds between 1 and 86,400'],
    [{ ANALYSIS_MEMORY_MB: '1.5' }, 'ANALYSIS_MEMORY_MB: must be a whole number of megabytes between 64 and 65,536'],
    [{ ANALYSIS_MAX_ATTEMPTS: 'many' }, 'ANALYSIS_MAX_ATTEMPTS: must be a whole number of attempts between 1 and 100'],
    [{ ANALYSIS_STALE_SECONDS: '1' }, 'ANALYSIS_STALE_SECONDS: must be a whole number of seconds between 2 and 86,400'],
  ])('names the variable and the expected form for %j', (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
  });
});
