/**
 * A day of intraday rows while its listing runs, kept as text in buffers
 * outside the JS heap: tens of thousands of small arrays that live for the
 * whole day would otherwise keep V8's young generation growing (each
 * collection copies them), and the pull's memory with it. The API lists
 * newest first, so the rows arrive in descending time and the file wants them
 * ascending: a chunk of rows is reversed into its buffer, and the chunks are
 * joined in reverse. Rows that arrive out of that order, or at the same
 * instant, are sorted in full instead, so the file is always exactly what
 * rowsFileText writes for the same rows.
 */
import { instantBefore, ROW_SEPARATOR, rowsFileText, rowsFrame } from './files.js';

/** Rows turned into one buffer at a time: small enough to die young, large enough to be few. */
const CHUNK_ROWS = 200;

export class DayRows {
  /** Oldest chunk last; each chunk's rows oldest first. */
  readonly #chunks: Buffer[] = [];
  /** Rows not yet in a chunk, as they arrived (newest first). */
  #pending: string[] = [];
  /** The instant of the row that arrived last. */
  #lastTime: unknown;
  /** Every row so far arrived strictly older than the one before it. */
  #descending = true;
  #count = 0;

  get count(): number {
    return this.#count;
  }

  add(row: readonly unknown[]): void {
    const time = row[0];
    if (this.#count > 0 && !instantBefore(time, this.#lastTime)) this.#descending = false;
    this.#lastTime = time;
    this.#pending.push(JSON.stringify(row));
    this.#count += 1;
    if (this.#pending.length >= CHUNK_ROWS) this.#flush();
  }

  /** The day file's bytes, as rowsFileText gives them for these rows (UTF-8). */
  fileBytes(columns: readonly string[]): Buffer {
    this.#flush();
    const chunks = [...this.#chunks].reverse();
    if (this.#descending) {
      // Joined as bytes: the day's file never becomes one string on the heap.
      const [head, tail] = rowsFrame(columns, chunks.length === 0);
      const separator = Buffer.from(ROW_SEPARATOR, 'utf8');
      const parts = chunks.flatMap((chunk, index) => (index === 0 ? [chunk] : [separator, chunk]));
      return Buffer.concat([Buffer.from(head, 'utf8'), ...parts, Buffer.from(tail, 'utf8')]);
    }
    // Out of the API's order: parse the rows back and sort them all.
    const rows = chunks.flatMap((chunk) =>
      chunk
        .toString('utf8')
        .split(ROW_SEPARATOR)
        .map((line) => JSON.parse(line) as unknown[]),
    );
    return Buffer.from(rowsFileText(columns, rows), 'utf8');
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    this.#chunks.push(Buffer.from(this.#pending.reverse().join(ROW_SEPARATOR), 'utf8'));
    this.#pending = [];
  }
}
