// The shoppers, indexed by shopper id (bitECS style: plain arrays, behaviour in systems). The
// fields a visit touches (segment, state, calendar entry, reference price, fatigue) are
// interleaved with the order count in one 16-byte record per shopper, so a visit to a random
// shopper costs one cache miss instead of one per column; the pool position stays separate. All
// storage grows by doubling when referrals and newcomers join. Prospects and customers are
// also kept in one dense pool (prospects from the front, customers from the back) so channels
// can pick a random prospect or customer in O(1).

export const PROSPECT = 0;
export const CUSTOMER = 1;
export const CHURNED = 2;

/** What a shopper's scheduled calendar entry means. */
export const EVENT_VISIT = 0;
export const EVENT_CHURN = 1;

/** `dueDay` of a shopper with no calendar entry inside the horizon. */
export const NOT_DUE = 0xffff;

/** Shoppers whose records are fetched together before a loop visits them (a power of two). */
export const WARM_BLOCK = 64;

/** Layout of the hot record: 4 words of 4 bytes. */
const WORDS = 4;
const BYTES = 16;
const W_REF_PRICE = 0; // Float32: remembered price ÷ list price
const W_FATIGUE = 1; // Float32: share of recent views that met a discount
const H_DUE_DAY = 4; // Uint16 (half-word index): day of the shopper's live calendar entry
const B_SEGMENT = 10; // Uint8: segment index
const B_STATE = 11; // Uint8: PROSPECT, CUSTOMER or CHURNED
const B_EVENT = 12; // Uint8: EVENT_VISIT or EVENT_CHURN
const H_ORDERS = 7; // Uint16 (half-word index): orders placed in this run (saturates at 65535)

export class World {
  /** Shoppers ever created (ids 0 … n−1). */
  n = 0;
  cap: number;
  /** The hot records, viewed three ways (same buffer). */
  private f32: Float32Array;
  private u16: Uint16Array;
  private u8: Uint8Array;
  /** Dense pool: prospects in [0, nProspects), customers in [cap − nCustomers, cap). */
  pool: Int32Array;
  /** Where each shopper sits in `pool` (meaningless once churned). */
  poolIndex: Int32Array;
  nProspects = 0;
  nCustomers = 0;
  nChurned = 0;

  constructor(capacity: number) {
    this.cap = Math.max(16, capacity);
    const buf = new ArrayBuffer(this.cap * WORDS * 4);
    this.f32 = new Float32Array(buf);
    this.u16 = new Uint16Array(buf);
    this.u8 = new Uint8Array(buf);
    this.pool = new Int32Array(this.cap);
    this.poolIndex = new Int32Array(this.cap);
  }

  segment(i: number): number {
    return this.u8[i * BYTES + B_SEGMENT];
  }
  state(i: number): number {
    return this.u8[i * BYTES + B_STATE];
  }
  event(i: number): number {
    return this.u8[i * BYTES + B_EVENT];
  }
  setEvent(i: number, e: number): void {
    this.u8[i * BYTES + B_EVENT] = e;
  }
  /** Day of the shopper's live calendar entry (NOT_DUE when none); older entries are stale. */
  dueDay(i: number): number {
    return this.u16[i * 8 + H_DUE_DAY];
  }
  setDueDay(i: number, day: number): void {
    this.u16[i * 8 + H_DUE_DAY] = day;
  }
  /** Orders shopper `i` placed in this run (saturates at 65535). */
  orders(i: number): number {
    return this.u16[i * 8 + H_ORDERS];
  }
  /** Counts one more order of shopper `i`. */
  addOrder(i: number): void {
    const n = this.u16[i * 8 + H_ORDERS];
    if (n < 65535) this.u16[i * 8 + H_ORDERS] = n + 1;
  }
  refPrice(i: number): number {
    return this.f32[i * WORDS + W_REF_PRICE];
  }
  setRefPrice(i: number, v: number): void {
    this.f32[i * WORDS + W_REF_PRICE] = v;
  }
  fatigue(i: number): number {
    return this.f32[i * WORDS + W_FATIGUE];
  }
  setFatigue(i: number, v: number): void {
    this.f32[i * WORDS + W_FATIGUE] = v;
  }

  /** Adds a shopper and returns its id. */
  add(segment: number, state: typeof PROSPECT | typeof CUSTOMER): number {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.u8[i * BYTES + B_SEGMENT] = segment;
    this.u8[i * BYTES + B_STATE] = state;
    this.u8[i * BYTES + B_EVENT] = EVENT_VISIT;
    this.u16[i * 8 + H_DUE_DAY] = NOT_DUE;
    this.f32[i * WORDS + W_REF_PRICE] = 1;
    this.f32[i * WORDS + W_FATIGUE] = 0;
    this.u16[i * 8 + H_ORDERS] = 0;
    if (state === PROSPECT) this.pushProspect(i);
    else this.pushCustomer(i);
    return i;
  }

  /** A prospect's first order makes them a customer. */
  makeCustomer(i: number): void {
    if (this.state(i) !== PROSPECT) return;
    this.removeProspect(i);
    this.u8[i * BYTES + B_STATE] = CUSTOMER;
    this.pushCustomer(i);
  }

  /** The shopper leaves the market for good; returns false if they had already left. */
  churn(i: number): boolean {
    const s = this.state(i);
    if (s === CHURNED) return false;
    if (s === PROSPECT) this.removeProspect(i);
    else this.removeCustomer(i);
    this.u8[i * BYTES + B_STATE] = CHURNED;
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

  /**
   * Reads the hot record of each shopper in `ids[from, to)` and returns a value that depends on
   * them all. The loads are independent, so the memory system fetches the records in parallel;
   * a loop that then visits those shoppers finds them in cache instead of waiting for each
   * miss in turn (at a million shoppers the records far exceed the cache). Changes nothing.
   */
  warm(ids: Int32Array, from: number, to: number): number {
    let any = 0;
    for (let n = from; n < to; n++) any |= this.u8[ids[n] * BYTES + B_STATE];
    return any;
  }

  /** Bytes held by the shopper columns. */
  bytes(): number {
    return this.u8.byteLength + this.pool.byteLength + this.poolIndex.byteLength;
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
    const u8 = new Uint8Array(cap * WORDS * 4);
    u8.set(this.u8);
    this.u8 = u8;
    this.f32 = new Float32Array(u8.buffer);
    this.u16 = new Uint16Array(u8.buffer);
    const poolIndex = new Int32Array(cap);
    poolIndex.set(this.poolIndex);
    this.poolIndex = poolIndex;
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
