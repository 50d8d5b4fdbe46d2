// Orders in flight, as a slab of typed-array records with a free list. Each live order sits in
// exactly one list threaded through `next`: the warehouse backlog (FIFO), a SKU's wait queue
// (FIFO: backorders, pre-orders, oversold orders), or a day bucket (presale hold, delivery).

/** Order flags (bit set). */
export const LATE = 1;
export const PRESALE = 2;
export const OVERSOLD = 4;
export const PICKUP = 8;

/** A FIFO list of orders: head and tail ids (−1 when empty). */
export class OrderQueue {
  head = -1;
  tail = -1;
  length = 0;
}

export class OrderBook {
  cap: number;
  shopper: Int32Array;
  /** Day the delivery promise counts from (order day; release day for pre-orders). */
  day: Int32Array;
  sku: Int32Array;
  units: Int32Array;
  channel: Int32Array;
  /** Price paid for the goods (CNY), refunded pro rata on returns. */
  valueCny: Float64Array;
  /** Pre-orders: balance still to collect at release (CNY). */
  balanceCny: Float64Array;
  flags: Uint8Array;
  next: Int32Array;
  private freeHead = -1;
  private used = 0;
  /** Orders in flight (held, waiting, in backlog or in transit). */
  live = 0;
  /** Orders closed so far (delivered, cancelled, or shipped for delivery after the horizon). */
  closed = 0;

  constructor(capacity = 1024) {
    this.cap = capacity;
    this.shopper = new Int32Array(capacity);
    this.day = new Int32Array(capacity);
    this.sku = new Int32Array(capacity);
    this.units = new Int32Array(capacity);
    this.channel = new Int32Array(capacity);
    this.valueCny = new Float64Array(capacity);
    this.balanceCny = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.next = new Int32Array(capacity);
  }

  /** A fresh order record id. */
  alloc(): number {
    this.live++;
    if (this.freeHead >= 0) {
      const o = this.freeHead;
      this.freeHead = this.next[o];
      return o;
    }
    if (this.used === this.cap) this.grow();
    return this.used++;
  }

  release(o: number): void {
    this.live--;
    this.closed++;
    this.next[o] = this.freeHead;
    this.freeHead = o;
  }

  enqueue(q: OrderQueue, o: number): void {
    this.next[o] = -1;
    if (q.tail >= 0) this.next[q.tail] = o;
    else q.head = o;
    q.tail = o;
    q.length++;
  }

  /** Removes and returns the head of `q` (which must not be empty). */
  dequeue(q: OrderQueue): number {
    const o = q.head;
    q.head = this.next[o];
    if (q.head < 0) q.tail = -1;
    q.length--;
    return o;
  }

  /** Pushes onto a day-bucket list (order within a bucket does not matter). */
  pushBucket(heads: Int32Array, day: number, o: number): void {
    this.next[o] = heads[day];
    heads[day] = o;
  }

  bytes(): number {
    return this.cap * (4 * 6 + 8 * 2 + 1);
  }

  private grow() {
    const cap = this.cap * 2;
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    this.shopper = i32(this.shopper);
    this.day = i32(this.day);
    this.sku = i32(this.sku);
    this.units = i32(this.units);
    this.channel = i32(this.channel);
    this.next = i32(this.next);
    this.valueCny = f64(this.valueCny);
    this.balanceCny = f64(this.balanceCny);
    const flags = new Uint8Array(cap);
    flags.set(this.flags);
    this.flags = flags;
    this.cap = cap;
  }
}
