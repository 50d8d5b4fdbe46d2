// Plain-text tables for the terminal: left-aligned labels, right-aligned numbers.

/** Renders rows as aligned columns; `align[i]` is 'l' or 'r' (default: first column left, others right). */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const side = (i: number) => align?.[i] ?? (i === 0 ? 'l' : 'r');
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (side(i) === 'l' ? padEnd(c, widths[i]) : padStart(c, widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

/** Display width (code points; the CNY sign and dashes are one column each). */
function width(text: string): number {
  return [...text].length;
}
function padEnd(text: string, w: number): string {
  return text + ' '.repeat(Math.max(0, w - width(text)));
}
function padStart(text: string, w: number): string {
  return ' '.repeat(Math.max(0, w - width(text))) + text;
}
