// Browser (and any web-streams runtime) adapter: reads a sales CSV from a ReadableStream of bytes,
// e.g. `file.stream()` of a dropped File, decoding UTF-8 incrementally into a SalesReader.
import { SalesReader, type SalesReadOptions, type SalesReadResult } from './sales-reader.ts';

/** Reads and validates a byte stream of CSV; `onBytes` reports progress (bytes read so far). */
export async function readSalesStream(stream: ReadableStream<Uint8Array>, options: SalesReadOptions = {}, onBytes?: (bytes: number) => void): Promise<SalesReadResult> {
  const reader = new SalesReader(options);
  const decoder = new TextDecoder('utf-8');
  const source = stream.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await source.read();
    if (done) break;
    bytes += value.byteLength;
    // stream: true keeps a multi-byte character split across chunks for the next one.
    reader.push(decoder.decode(value, { stream: true }));
    onBytes?.(bytes);
  }
  reader.push(decoder.decode());
  return reader.finish();
}
