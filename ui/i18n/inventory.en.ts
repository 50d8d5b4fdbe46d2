// English texts of the inventory models in the forecast studio's policy panel, and of where a
// spreadsheet's problems are.
export const inventoryEn = {
  'inventory.models': 'More policies on this forecast',
  'inventory.orderCost': 'Order cost',
  'inventory.holdingCost': 'Holding cost per unit per period',
  'inventory.backorderCost': 'Backorder cost per unit per period',
  'inventory.productionRate': 'Production rate per period',
  'inventory.lognormal': 'Newsvendor order, lognormal demand (whole horizon)',
  'inventory.rq': '(r, Q) exact: reorder point r, order quantity Q',
  'inventory.rqCost': '(r, Q) cost per period · fill rate',
  'inventory.ss': '(s, S) by the power approximation',
  'inventory.epq': 'EPQ batch size · periods between batches',
  'inventory.epqCost': 'EPQ set-up + holding cost per period',
  'inventory.notApplicable': 'does not apply to these inputs (hover for why)',
  'forecast.sheet': 'sheet {sheet}',
} as const;
