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
import { instantBefore, ROW_SEPARATOR, rowsFileText, rowsText } from './files.js';

/** Rows turned into one buffer at a time: small enough to die young, large enough to be few. */
const CHUNK_ROWS = 500;

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

  /** The day file's text, as rowsFileText gives it for these rows. */
  fileText(columns: readonly string[]): string {
    this.#flush();
    const lines = this.#chunks.map((chunk) => chunk.toString('utf8')).reverse();
    if (this.#descending) return rowsText(columns, lines.join(ROW_SEPARATOR));
    // Out of the API's order: parse the rows back and sort them all.
    const rows = lines.flatMap((chunk) =>
      chunk === '' ? [] : chunk.split(ROW_SEPARATOR).map((line) => JSON.parse(line) as unknown[]),
    );
    return rowsFileText(columns, rows);
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    this.#chunks.push(Buffer.from(this.#pending.reverse().join(ROW_SEPARATOR), 'utf8'));
    this.#pending = [];
  }
}
