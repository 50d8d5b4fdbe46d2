// Seeded, splittable random streams. Each (seed, replication, purpose) gets its own
// independent stream, so runs are identical on any machine and with any number of workers,
// and two scenarios run with the same seed share common random numbers purpose by purpose.

/** Purposes that own a random stream; adding one never shifts the others. */
export type StreamPurpose =
  | 'population'
  | 'schedule'
  | 'channels'
  | 'funnel'
  | 'basket'
  | 'inventory'
  | 'fulfilment'
  | 'returns'
  | 'retention'
  | 'shocks'
  | 'forecast'
  | 'misc';

/** 32-bit FNV-1a hash of a string: turns a purpose name into a stable stream id. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32 step: mixes a 32-bit state into a well-spread 32-bit output. */
function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A xoshiro128** generator. Fast in JavaScript (32-bit integer maths only), period 2^128 − 1.
 * Never use `Math.random` in sim/ or models/: take an `Rng` instead.
 */
export class Rng {
  /**
   * The four 32-bit state words. A typed array keeps them raw int32: as object fields, values
   * beyond the small-integer range are boxed, which made each draw about three times slower.
   */
  private readonly s = new Int32Array(4);
  private spareNormal = NaN;

  /** Builds a generator from any number of 32-bit integers (seed, replication, purpose id…). */
  constructor(...keys: number[]) {
    let s = 0x6a09e667;
    for (const k of keys) s = splitmix32(s ^ (k >>> 0)) ^ Math.imul(s, 0x27d4eb2d);
    const w = this.s;
    w[0] = splitmix32(s);
    w[1] = splitmix32(w[0] ^ 0x3c6ef372);
    w[2] = splitmix32(w[1] ^ 0xa54ff53a);
    w[3] = splitmix32(w[2] ^ 0x510e527f);
    if ((w[0] | w[1] | w[2] | w[3]) === 0) w[0] = 1;
  }

  /** The stream for one purpose of one replication of one seed. */
  static stream(seed: number, replication: number, purpose: StreamPurpose | string): Rng {
    return new Rng(seed >>> 0, Math.floor(seed / 0x100000000) >>> 0, replication >>> 0, hashString(purpose));
  }

  /** A child stream derived from this one's next outputs (e.g. one per SKU). */
  split(label: number | string): Rng {
    const id = typeof label === 'number' ? label >>> 0 : hashString(label);
    return new Rng(this.nextU32(), this.nextU32(), id);
  }

  /**
   * Next unsigned 32-bit integer: one xoshiro128** step (output rotl(s1·5, 7)·9; t = s1 << 9;
   * then s2 ^= s0, s3 ^= s1, s1 ^= s2, s0 ^= s3, s2 ^= t, s3 = rotl(s3, 11)), written with as
   * few statements as it takes. Its bytecode size decides how many draws V8 inlines into a caller (a
   * function may inline 920 bytes of callees): in Node 20 the funnel inlined two of its draws
   * and called the rest, each returning its double boxed on the heap. This form takes 156 bytes
   * of bytecode against 194 and two calls of a rotate: the workbench benchmark's 10k-shopper half
   * year runs in ×0.92–0.94 the time in Node and ×0.97 in Chromium, with the same numbers.
   */
  nextU32(): number {
    const w = this.s;
    const b = w[1];
    const c = w[2] ^ w[0];
    const d = w[3] ^ b;
    w[0] ^= d;
    w[1] = b ^ c;
    w[2] = c ^ (b << 9);
    w[3] = (d << 11) | (d >>> 21);
    const x = Math.imul(b, 5);
    return Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  bernoulli(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal (Marsaglia polar method, one value cached). */
  normal(): number {
    if (!Number.isNaN(this.spareNormal)) {
      const v = this.spareNormal;
      this.spareNormal = NaN;
      return v;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * m;
    return u * m;
  }

  /** Exponential with the given rate (mean 1/rate). */
  exponential(rate: number): number {
    return -Math.log(1 - this.next()) / rate;
  }

  /** Log-normal with the given mean and standard deviation of the variable itself (not its log). */
  lognormal(mean: number, sd: number): number {
    if (sd <= 0) return mean;
    const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
    const mu = Math.log(mean) - sigma2 / 2;
    return Math.exp(mu + Math.sqrt(sigma2) * this.normal());
  }

  /** Poisson count with mean lambda: inversion below 30, PTRS (Hörmann 1993) above. */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda < 30) {
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = this.next();
      while (p > limit) {
        k++;
        p *= this.next();
      }
      return k;
    }
    const slam = Math.sqrt(lambda);
    const loglam = Math.log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.next() - 0.5;
      const v = this.next();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) {
        return k;
      }
    }
  }

  /** Binomial count of successes in n trials of probability p (exact for small n, normal-corrected above). */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (n < 64) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.next() < p) k++;
      return k;
    }
    const mean = n * p;
    if (mean < 20 || n - mean < 20) return Math.min(n, this.poisson(mean));
    const x = Math.round(mean + Math.sqrt(mean * (1 - p)) * this.normal());
    return x < 0 ? 0 : x > n ? n : x;
  }
}

const LOG_FACT_TABLE: number[] = [0];
/** log(k!) by table below 256 and Stirling's series above. */
export function logFactorial(k: number): number {
  if (k < 256) {
    while (LOG_FACT_TABLE.length <= k) {
      const n = LOG_FACT_TABLE.length;
      LOG_FACT_TABLE.push(LOG_FACT_TABLE[n - 1] + Math.log(n));
    }
    return LOG_FACT_TABLE[k];
  }
  return (k + 0.5) * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * k) - 1 / (360 * k * k * k);
}
