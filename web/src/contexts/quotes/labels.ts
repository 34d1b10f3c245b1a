export const STATE_LABELS: Record<string, string> = {
  draft: 'Draft', issued: 'Issued', viewed: 'Viewed', accepted: 'Accepted', declined: 'Declined', expired: 'Expired',
  withdrawn: 'Withdrawn',
};

export const VAT_LABELS: Record<string, string> = {
  standard: 'Standard', reduced: 'Reduced', zero: 'Zero', exempt: 'Exempt', 'outside-scope': 'Outside the scope',
  'reverse-charge': 'Reverse charge', 'reverse-charge-reduced': 'Reverse charge (reduced)',
};

export const DECLINE_REASONS: Record<string, string> = {
  price: 'Price', timing: 'Timing', 'chose-another-supplier': 'Chose another supplier', 'no-longer-needed': 'No longer needed',
  other: 'Other',
};
