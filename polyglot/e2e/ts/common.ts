// Shared by the three TypeScript create -> poll -> download scripts (Node >= 20: global fetch).
import { createWriteStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { wireTolerantFetch } from '../../adapters/ts/vimmerseWire';

function need(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export const env = {
  baseUrl: need('VIMMERSE_BASE_URL'),
  apiKey: need('VIMMERSE_API_KEY'),
  out: need('POLYGLOT_OUT'),
  image: need('POLYGLOT_IMAGE'),
};

export const TERMINAL_FAILURES: readonly string[] = ['fail', 'cancel'];

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function pngBlob(): Blob {
  return new Blob([readFileSync(env.image)], { type: 'image/png' });
}

const CREDENTIALS = ['x-api-key', 'authorization', 'cookie'];

/**
 * `fetch` that follows redirects itself and drops X-Api-Key (and Authorization, Cookie) when a
 * redirect leaves the origin. Node's fetch, like the Fetch standard, forwards custom headers such
 * as X-Api-Key to any redirect target; downloadMedia redirects to the file host, which must not
 * receive the key. Only GET/HEAD redirects are followed; other answers are returned as they are.
 */
export const keySafeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  let request = new Request(input, init);
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(request, { redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || !location) return response;
    if (request.method !== 'GET' && request.method !== 'HEAD') return response;
    const next = new URL(location, request.url);
    const headers = new Headers(request.headers);
    if (next.origin !== new URL(request.url).origin) CREDENTIALS.forEach((name) => headers.delete(name));
    await response.body?.cancel();
    request = new Request(next, { method: request.method, headers, signal: request.signal });
  }
  throw new Error('too many redirects');
};

/** The fetch each client is given: keySafeFetch, inside the wire adapter when POLYGLOT_WIRE_ADAPTER is set. */
export const clientFetch = process.env.POLYGLOT_WIRE_ADAPTER ? wireTolerantFetch(keySafeFetch) : keySafeFetch;

/**
 * No TypeScript client checks answers at run time: a field typed `number` may hold the service's
 * string ("100"), and arithmetic on it goes wrong silently. Fail instead.
 */
export function expectNumber(value: unknown, where: string): void {
  if (value !== undefined && typeof value !== 'number') {
    throw new Error(`${where} is a ${typeof value} at run time, typed number`);
  }
}

export async function save(body: ReadableStream<Uint8Array> | null, path: string): Promise<void> {
  if (!body) throw new Error('download: empty body');
  await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), createWriteStream(path));
}

export function log(message: string): void {
  console.log(message);
}
