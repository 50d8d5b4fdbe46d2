// Text encoding of tasks and results for the Redis queue that keeps every number's exact bits:
// typed arrays travel as base64 of their little-endian bytes, and NaN, ±Infinity and −0 (which
// JSON cannot hold) as tagged strings, so a result decoded on the submitter equals a local one.
import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';

/** Typed-array constructors the codec carries, by the name it writes. */
const TYPED = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

const LITTLE_ENDIAN = endianness() === 'LE';

/** The array's bytes in little-endian order (a view on a little-endian machine, a copy otherwise). */
function littleEndianBytes(a: Typed): Buffer {
  const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  if (LITTLE_ENDIAN || a.BYTES_PER_ELEMENT === 1) return bytes;
  const copy = Buffer.from(bytes);
  if (a.BYTES_PER_ELEMENT === 2) copy.swap16();
  else if (a.BYTES_PER_ELEMENT === 4) copy.swap32();
  else copy.swap64();
  return copy;
}

function typedFrom(name: TypedName, base64: string): Typed {
  const bytes = Buffer.from(base64, 'base64');
  const Ctor = TYPED[name];
  if (bytes.length % Ctor.BYTES_PER_ELEMENT !== 0) throw new RangeError(`queue payload: ${name} of ${bytes.length} bytes is not whole elements`);
  if (!LITTLE_ENDIAN) {
    if (Ctor.BYTES_PER_ELEMENT === 2) bytes.swap16();
    else if (Ctor.BYTES_PER_ELEMENT === 4) bytes.swap32();
    else if (Ctor.BYTES_PER_ELEMENT === 8) bytes.swap64();
  }
  // A fresh, aligned buffer (Buffer.from may slice a shared pool at any offset).
  const out = new Ctor(bytes.length / Ctor.BYTES_PER_ELEMENT);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

function typedName(value: object): TypedName | undefined {
  if (!ArrayBuffer.isView(value)) return undefined;
  const name = value.constructor.name;
  return Object.hasOwn(TYPED, name) ? (name as TypedName) : undefined;
}

/** Encodes plain data (objects, arrays, strings, booleans, null, numbers, typed arrays) as text. */
export function encodePayload(value: unknown): string {
  return JSON.stringify(value, function replacer(this: unknown, _key: string, v: unknown) {
    if (typeof v === 'number') {
      if (Number.isFinite(v) && !Object.is(v, -0)) return v;
      return { $num: Object.is(v, -0) ? '-0' : String(v) };
    }
    if (typeof v === 'object' && v !== null) {
      const name = typedName(v);
      if (name !== undefined) return { $typed: name, base64: littleEndianBytes(v as Typed).toString('base64') };
      if (ArrayBuffer.isView(v)) throw new TypeError(`queue payload: ${v.constructor.name} is not supported`);
    }
    return v;
  });
}

const NUMBERS: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY, '-0': -0 };

/** Decodes what `encodePayload` wrote, bit for bit. */
export function decodePayload<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    if (typeof o.$num === 'string' && Object.keys(o).length === 1 && Object.hasOwn(NUMBERS, o.$num)) return NUMBERS[o.$num];
    if (typeof o.$typed === 'string' && typeof o.base64 === 'string' && Object.keys(o).length === 2 && Object.hasOwn(TYPED, o.$typed)) {
      return typedFrom(o.$typed as TypedName, o.base64);
    }
    return v;
  }) as T;
}
