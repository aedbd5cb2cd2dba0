/** Plain fixed-width table; cells are cut to their column width with an ellipsis. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): string {
  const cell = (s: string, w: number) => {
    const flat = s.replace(/\s+/g, " ");
    return flat.length > w ? flat.slice(0, Math.max(0, w - 1)) + "…" : flat.padEnd(w);
  };
  const line = (r: readonly string[]) => r.map((c, i) => cell(c, widths[i] ?? 20)).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n") + "\n";
}

/** RFC 4180 CSV field. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: readonly unknown[]): string => fields.map(csvField).join(",") + "\r\n";
