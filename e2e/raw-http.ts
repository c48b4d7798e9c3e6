import net from 'node:net';

export interface RawRequest {
  method: string;
  /** The request target exactly as sent: nothing is encoded or normalised. */
  target: string;
  headers?: [string, string][];
  body?: Buffer;
}

export interface RawResponse {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  head: string;
  body: string;
}

/**
 * Sends one HTTP/1.1 request byte for byte (header values as Latin-1, so any byte can be tried) and
 * reads the answer until the server closes the connection. Playwright's and Node's clients refuse to
 * send much of what a fuzz test needs to: unknown methods, malformed paths, control bytes in headers.
 */
export function rawRequest(port: number, { method, target, headers = [], body }: RawRequest, timeoutMs = 60_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms to ${method} ${target}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A server may reset the connection after answering a request it refused.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') socket.destroy();
      else reject(error);
    });
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const headEnd = raw.indexOf('\r\n\r\n');
      const head = headEnd === -1 ? raw : raw.slice(0, headEnd);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1];
      const body = headEnd === -1 ? '' : raw.slice(headEnd + 4);
      resolve({ status: status ? Number(status) : 0, head, body: /^transfer-encoding: *chunked/im.test(head) ? unchunk(body) : body });
    });
    const lines = [`${method} ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close', ...headers.map(([name, value]) => `${name}: ${value}`)];
    if (body) lines.push(`Content-Length: ${body.byteLength}`);
    socket.write(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body ?? Buffer.alloc(0)]));
  });
}

/** The payload of a chunked body ("5\r\nhello\r\n0\r\n\r\n" → "hello"). */
function unchunk(body: string): string {
  let payload = '';
  for (let at = 0; ; ) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = Number.parseInt(body.slice(at, lineEnd), 16);
    if (lineEnd === -1 || !(size > 0)) return payload;
    payload += body.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}
