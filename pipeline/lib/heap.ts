/**
 * How far the JavaScript heap may grow past what is live before a full garbage collection. By default V8 lets it
 * grow to two to four times the live size after each collection, so a stage that holds 400 MB can reach 1 GB of
 * memory with garbage alone (measured: normalise of 100 MB of generated text, 0.9–1.05 GB peak, < 380 MB live). A
 * stage that works through large inputs calls keepHeapNearLive() first: the heap then grows by half the live size
 * between full collections. It is not a limit: a stage that needs more memory still gets it. Measured on 100 MB of
 * generated text (peak RSS, default → 50 %): articles (three 10 MB articles) 876 → 466 MB, normalise 0.9–1.05 GB →
 * 578 MB, site 944 → 528 MB, the CPU time within the machine's noise (20 % saved a little more memory for ≈ 15 % more
 * CPU time in the articles stage).
 */
import { setFlagsFromString } from 'node:v8';

/** Growth of the heap between full collections, in percent of the live size (V8's --heap-growing-percent). */
export const HEAP_GROWING_PERCENT = 50;

/** Makes V8 collect garbage when the heap has grown by HEAP_GROWING_PERCENT of what was live, for this process and its worker threads. */
export function keepHeapNearLive(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
