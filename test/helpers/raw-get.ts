/**
 * A GET on loopback through node:http, which (unlike fetch) sends whatever Host
 * header it is given, or none: how a DNS-rebinding page or a forged request looks
 * to a local server.
 */
import { request } from 'node:http';

export interface RawGet {
  readonly port: number;
  readonly path: string;
  /** The Host header; `null` sends none. Default: `127.0.0.1:<port>`. */
  readonly host?: string | null;
  /** Where to connect; default 127.0.0.1. */
  readonly address?: string;
}

export function rawGet(options: RawGet): Promise<{ status: number; body: string }> {
  const { port, path, address = '127.0.0.1' } = options;
  const host = options.host === undefined ? `127.0.0.1:${port}` : options.host;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: address, port, path, agent: false, setHost: false, headers: host ? { host } : {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
