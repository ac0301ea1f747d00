/**
 * A baseline of `npm run bench`, not part of the product: the requests a
 * scenario makes, in the same order and rounds, sent with node:http and no
 * package at all. The floor for any program that makes them. Reads its plan
 * from BENCH_FLOOR_PLAN (JSON: rounds of requests; the requests of a round go
 * out together).
 */
import { request } from 'node:http';

export interface FloorRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

function send({ method, url, headers, body }: FloorRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method, headers }, (response) => {
      response.resume();
      response.on('end', resolve);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

const rounds = JSON.parse(process.env.BENCH_FLOOR_PLAN ?? '[]') as FloorRequest[][];
for (const round of rounds) await Promise.all(round.map(send));
