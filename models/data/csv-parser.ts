// An incremental CSV parser (RFC 4180: quoted fields, doubled quotes, CRLF or LF): feed it text
// chunks of any size as they arrive (a Node stream, File.stream() in the browser) and it calls
// back once per complete row. Pure: no I/O.

/** Receives each row's fields and the 1-based line number where the row starts. */
export type RowHandler = (fields: string[], line: number) => void;

/** A malformed CSV structure (an unterminated quote), with the line where it began. */
export class CsvSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** Comma-separated parser; `push` chunks, then `end()` once. */
export class CsvParser {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  /** After a closing quote, until the next separator. */
  private afterQuote = false;
  private pendingCR = false;
  private line = 1;
  private rowLine = 1;
  private quoteLine = 1;
  private started = false;
  private rowHasContent = false;

  constructor(private readonly onRow: RowHandler, private readonly delimiter = ',') {}

  /** Parses a chunk; rows completed inside it are delivered before it returns. */
  push(chunk: string): void {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const delimiter = this.delimiter.charCodeAt(0);
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (this.inQuotes) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          this.countLines(text, i, n);
          this.field += text.slice(i);
          return;
        }
        if (close + 1 >= n) {
          // A quote at the chunk's end: a closing quote or the first of a doubled one; decide on the next chunk.
          this.countLines(text, i, close);
          this.field += text.slice(i, close);
          this.inQuotes = false;
          this.afterQuote = true;
          i = close + 1;
          continue;
        }
        this.countLines(text, i, close);
        this.field += text.slice(i, close);
        if (text.charCodeAt(close + 1) === 34) {
          this.field += '"';
          i = close + 2;
        } else {
          this.inQuotes = false;
          this.afterQuote = true;
          i = close + 1;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === 10) {
          i++;
          continue;
        }
      }
      if (c === 34) {
        if (this.afterQuote) {
          // A doubled quote split across chunks ("" with the chunk boundary between).
          this.field += '"';
          this.inQuotes = true;
          this.afterQuote = false;
        } else if (this.field.length === 0) {
          this.inQuotes = true;
          this.quoteLine = this.line;
          this.rowHasContent = true;
        } else {
          this.field += '"';
        }
        i++;
        continue;
      }
      this.afterQuote = false;
      if (c === delimiter) {
        this.fields.push(this.field);
        this.field = '';
        this.rowHasContent = true;
        i++;
        continue;
      }
      if (c === 10 || c === 13) {
        this.finishRow();
        this.line++;
        this.rowLine = this.line;
        if (c === 13) this.pendingCR = true;
        i++;
        continue;
      }
      // Plain run of characters up to the next special one.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === delimiter || d === 10 || d === 13 || d === 34) break;
        j++;
      }
      this.field += text.slice(i, j);
      this.rowHasContent = true;
      i = j;
    }
  }

  /** Delivers the last row (if the text did not end with a newline). Throws CsvSyntaxError on an open quote. */
  end(): void {
    if (this.inQuotes) throw new CsvSyntaxError(`a quoted field opened on line ${this.quoteLine} is never closed`, this.quoteLine);
    this.afterQuote = false;
    this.finishRow();
  }

  private finishRow(): void {
    if (!this.rowHasContent && this.field.length === 0 && this.fields.length === 0) return;
    this.fields.push(this.field);
    const fields = this.fields;
    this.fields = [];
    this.field = '';
    this.rowHasContent = false;
    this.afterQuote = false;
    this.onRow(fields, this.rowLine);
  }

  private countLines(text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) this.line++;
  }
}
