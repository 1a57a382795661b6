/**
 * A count with thousands separators ("50,000"), as both the Japanese and the English UI write it,
 * whatever the browser's locale. Not Number.toLocaleString: its first call sets up ICU's number
 * formatting, a 50–70 ms task that fell on the first progress repaint of a large list's load.
 */
export function formatCount(count: number): string {
  const digits = String(Math.trunc(Math.abs(count)));
  return `${count < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}
