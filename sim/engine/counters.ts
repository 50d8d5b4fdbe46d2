// What the systems add up during one day; `record` copies it into the run's series at day end.
// Fields named like a SERIES entry are copied to that series; the rest feed the ledger and KPIs.

export class DayCounters {
  visits = 0;
  productViews = 0;
  carts = 0;
  orders = 0;
  units = 0;
  newCustomers = 0;
  repeatOrders = 0;
  gmvCny = 0;
  discountCny = 0;
  refundsCny = 0;
  /** Shipping fees charged to shoppers (CNY; part of net revenue). */
  shippingFeesCny = 0;
  cogsCny = 0;
  marketingCny = 0;
  logisticsCny = 0;
  holdingCny = 0;
  promoCostCny = 0;
  fixedCny = 0;
  investmentCny = 0;
  /** Payment processing fees on money collected (CNY; in profit and cash, not a series). */
  paymentFeesCny = 0;
  receivedUnits = 0;
  shippedOrders = 0;
  shippedUnits = 0;
  deliveredOrders = 0;
  deliveredUnits = 0;
  onTimeOrders = 0;
  lateOrders = 0;
  stockoutVisits = 0;
  lostSalesUnits = 0;
  returnedUnits = 0;
  /** Returned units put back on the shelf. */
  restockedUnits = 0;
  /** Units taken off the shelf for orders. */
  allocatedUnits = 0;
  complaints = 0;
  churned = 0;
  /** Oversold orders cancelled (counted in returnedUnits and refunds). */
  cancelledOrders = 0;
  cancelledUnits = 0;
  /** Money received from shoppers (goods, deposits, balances, shipping fees; CNY). */
  collectedCny = 0;
  /** Supplier invoices paid (CNY). */
  supplierPaidCny = 0;
  /** Calendar entries processed (candidate visits and churn days): the engine's work. */
  candidates = 0;

  reset(): void {
    for (const key of Object.keys(this)) (this as unknown as Record<string, number>)[key] = 0;
  }
}

/** Per-day bookkeeping that the conservation tests check (not part of RunResult). */
export interface Ledger {
  /** Units on hand at end of day, all SKUs. */
  onHandUnits: Float64Array;
  receivedUnits: Float64Array;
  allocatedUnits: Float64Array;
  restockedUnits: Float64Array;
  /** Units ever on hand at day 0 (all SKUs). */
  initialUnits: number;
  cashInCny: Float64Array;
  cashOutCny: Float64Array;
  openingCashCny: number;
  prospects: Float64Array;
  customers: Float64Array;
  /** Shoppers churned so far (cumulative). */
  churnedTotal: Float64Array;
  /** Shoppers ever created so far (cumulative, including day-0 population). */
  createdTotal: Float64Array;
  paymentFeesCny: Float64Array;
  shippingFeesCny: Float64Array;
  /** Calendar entries processed per day. */
  candidates: Float64Array;
  deliveredUnits: Float64Array;
  shippedUnits: Float64Array;
  /** Orders in flight at end of day, and orders closed so far (cumulative). */
  liveOrders: Float64Array;
  closedOrders: Float64Array;
  /** Units owed to waiting or held orders at end of day (all SKUs). */
  owedUnits: Float64Array;
  /** Units of cancelled (oversold) orders per day. */
  cancelledUnits: Float64Array;
}

export function makeLedger(days: number, initialUnits: number, openingCashCny: number): Ledger {
  const f = () => new Float64Array(days);
  return {
    onHandUnits: f(),
    receivedUnits: f(),
    allocatedUnits: f(),
    restockedUnits: f(),
    initialUnits,
    cashInCny: f(),
    cashOutCny: f(),
    openingCashCny,
    prospects: f(),
    customers: f(),
    churnedTotal: f(),
    createdTotal: f(),
    paymentFeesCny: f(),
    shippingFeesCny: f(),
    candidates: f(),
    deliveredUnits: f(),
    shippedUnits: f(),
    liveOrders: f(),
    closedOrders: f(),
    owedUnits: f(),
    cancelledUnits: f(),
  };
}
