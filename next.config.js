// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time, and
  // fs-native-extensions its prebuilt addon (the data directory's lock), so they must stay ordinary
  // Node requires instead of being bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'fs-native-extensions'],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    // User text is only ever rendered as text; the policy is a second line of defence. Next's own
    // inline bootstrap scripts need 'unsafe-inline' until nonces are wired in.
    const csp = [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
