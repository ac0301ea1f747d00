/**
 * undici parses HTTP with a WebAssembly module (llhttp), compiled when the
 * first request goes out. V8 compiles it at once with its baseline tier, then
 * re-compiles the hot functions with its optimising tier on a background
 * thread, and the process does not end before that job has: 100–130 ms after
 * the last response of a run that makes two requests. For the few replies a
 * run parses, the baseline code is fast enough, so the tier-up is turned off.
 *
 * Only once the bundle is loaded: a V8 flag changed before that makes Node
 * discard the code cache of its own modules (about 15 % more start-up).
 */
import { setFlagsFromString } from 'node:v8';

export function skipWasmTierUp(): void {
  // Both: with dynamic tiering on, V8 tiers up hot functions even without --wasm-tier-up.
  setFlagsFromString('--no-wasm-tier-up');
  setFlagsFromString('--no-wasm-dynamic-tiering');
}
