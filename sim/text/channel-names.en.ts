// English names of the built-in marketing channel ids (other ids are the user's own names), shared
// by the workbench and the CLI.
export const namesEn = {
  'channel.organic': 'Organic search',
  'channel.paid_search': 'Paid search',
  'channel.social': 'Social video',
  'channel.crm': 'CRM',
  'channel.affiliate': 'Affiliates',
  'channel.affiliates': 'Affiliates',
} as const;
