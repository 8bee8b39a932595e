/**
 * « 14,9 », « 1,2 »: one decimal with a decimal comma, for the small numbers the tab shows
 * (contrast ratios, seconds). Without Intl, whose first use costs a phone tens of milliseconds;
 * no digit grouping, which these numbers never need.
 */
export function oneDecimal(value: number): string {
  return value.toFixed(1).replace('.', ',')
}
