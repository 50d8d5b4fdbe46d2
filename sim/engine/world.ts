// The shoppers: one typed-array column per attribute, indexed by shopper id (bitECS style).
// Columns grow by doubling when referrals and newcomers join. Prospects and customers are also
// kept in one dense pool (prospects from the front, customers from the back) so channels can
// pick a random prospect or customer in O(1).

export const PROSPECT = 0;
export const CUSTOMER = 1;
export const CHURNED = 2;

/** What a shopper's scheduled calendar entry means. */
export const EVENT_VISIT = 0;
export const EVENT_CHURN = 1;

export class World {
  /** Shoppers ever created (ids 0 … n−1). */
  n = 0;
  cap: number;
  /** Segment index (see CompiledScenario.segIds). */
  segment: Uint8Array;
  /** PROSPECT, CUSTOMER or CHURNED. */
  state: Uint8Array;
  /** What the shopper's calendar entry is: EVENT_VISIT or EVENT_CHURN. */
  event: Uint8Array;
  /** Remembered price ÷ list price (starts at 1). */
  refPrice: Float32Array;
  /** Share of recent product views that met a discount (0–1). */
  fatigue: Float32Array;
  /** Orders placed in this run (saturates at 65535). */
  orders: Uint16Array;
  /** Next shopper in the same calendar bucket, or −1 (intrusive list; see schedule.ts). */
  bucketNext: Int32Array;
  /** Dense pool: prospects in [0, nProspects), customers in [cap − nCustomers, cap). */
  pool: Int32Array;
  /** Where each shopper sits in `pool` (meaningless once churned). */
  poolIndex: Int32Array;
  nProspects = 0;
  nCustomers = 0;
  nChurned = 0;

  constructor(capacity: number) {
    this.cap = Math.max(16, capacity);
    this.segment = new Uint8Array(this.cap);
    this.state = new Uint8Array(this.cap);
    this.event = new Uint8Array(this.cap);
    this.refPrice = new Float32Array(this.cap);
    this.fatigue = new Float32Array(this.cap);
    this.orders = new Uint16Array(this.cap);
    this.bucketNext = new Int32Array(this.cap);
    this.pool = new Int32Array(this.cap);
    this.poolIndex = new Int32Array(this.cap);
  }

  /** Adds a shopper and returns its id. */
  add(segment: number, state: typeof PROSPECT | typeof CUSTOMER): number {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.segment[i] = segment;
    this.state[i] = state;
    this.refPrice[i] = 1;
    this.fatigue[i] = 0;
    this.orders[i] = 0;
    this.bucketNext[i] = -1;
    if (state === PROSPECT) this.pushProspect(i);
    else this.pushCustomer(i);
    return i;
  }

  /** A prospect's first order makes them a customer. */
  makeCustomer(i: number): void {
    if (this.state[i] !== PROSPECT) return;
    this.removeProspect(i);
    this.state[i] = CUSTOMER;
    this.pushCustomer(i);
  }

  /** The shopper leaves the market for good; returns false if they had already left. */
  churn(i: number): boolean {
    const s = this.state[i];
    if (s === CHURNED) return false;
    if (s === PROSPECT) this.removeProspect(i);
    else this.removeCustomer(i);
    this.state[i] = CHURNED;
    this.nChurned++;
    return true;
  }

  /** A uniformly random prospect from u ∈ [0, 1), or −1 when there is none. */
  randomProspect(u: number): number {
    return this.nProspects > 0 ? this.pool[Math.floor(u * this.nProspects)] : -1;
  }

  /** A uniformly random customer from u ∈ [0, 1), or −1 when there is none. */
  randomCustomer(u: number): number {
    return this.nCustomers > 0 ? this.pool[this.cap - 1 - Math.floor(u * this.nCustomers)] : -1;
  }

  /** Bytes held by the shopper columns. */
  bytes(): number {
    return [this.segment, this.state, this.event, this.refPrice, this.fatigue, this.orders, this.bucketNext, this.pool, this.poolIndex].reduce(
      (s, a) => s + a.byteLength,
      0,
    );
  }

  private pushProspect(i: number) {
    this.pool[this.nProspects] = i;
    this.poolIndex[i] = this.nProspects++;
  }

  private pushCustomer(i: number) {
    const at = this.cap - 1 - this.nCustomers++;
    this.pool[at] = i;
    this.poolIndex[i] = at;
  }

  private removeProspect(i: number) {
    const at = this.poolIndex[i];
    const last = this.pool[--this.nProspects];
    this.pool[at] = last;
    this.poolIndex[last] = at;
  }

  private removeCustomer(i: number) {
    const at = this.poolIndex[i];
    const first = this.pool[this.cap - this.nCustomers--];
    this.pool[at] = first;
    this.poolIndex[first] = at;
  }

  private grow() {
    const cap = this.cap * 2;
    const widen = <T extends Uint8Array | Uint16Array | Int32Array | Float32Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.segment = widen(this.segment, (n) => new Uint8Array(n));
    this.state = widen(this.state, (n) => new Uint8Array(n));
    this.event = widen(this.event, (n) => new Uint8Array(n));
    this.refPrice = widen(this.refPrice, (n) => new Float32Array(n));
    this.fatigue = widen(this.fatigue, (n) => new Float32Array(n));
    this.orders = widen(this.orders, (n) => new Uint16Array(n));
    this.bucketNext = widen(this.bucketNext, (n) => new Int32Array(n));
    this.poolIndex = widen(this.poolIndex, (n) => new Int32Array(n));
    // The pool keeps customers at its back, so they move to the new back.
    const pool = new Int32Array(cap);
    pool.set(this.pool.subarray(0, this.nProspects));
    for (let j = 0; j < this.nCustomers; j++) {
      const id = this.pool[this.cap - 1 - j];
      pool[cap - 1 - j] = id;
      this.poolIndex[id] = cap - 1 - j;
    }
    this.pool = pool;
    this.cap = cap;
  }
}
