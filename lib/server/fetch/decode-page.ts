/**
 * The text of a fetched HTML page or feed, in the character encoding it declares: the Content-Type header's
 * charset first, then a <meta charset> or <meta http-equiv="Content-Type"> in its first 1,024 bytes (the
 * HTML standard's prescan window) or an XML declaration's encoding, then UTF-8. Null for binary data (a NUL byte in the first 8 KB).
 */
export function decodePage(bytes: Uint8Array, contentType: string): string | null {
  if (bytes.subarray(0, 8192).includes(0)) return null;
  const declared = charsetIn(contentType) ?? metaCharset(bytes);
  // An encoding the runtime does not know is read as UTF-8 rather than refused.
  for (const label of [declared, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      continue;
    }
  }
  return new TextDecoder().decode(bytes);
}

function charsetIn(value: string): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(value);
  return match ? (match[1] as string).toLowerCase() : null;
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return (xml[1] as string).toLowerCase();
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct) return (direct[1] as string).toLowerCase();
  }
  return null;
}
