type Cell = string | number | null | undefined;

/** A Markdown table, so the bench output pastes straight into docs/BENCHMARKS.md. */
export function markdownTable(rows: readonly Record<string, Cell>[], keys: readonly string[], heads: readonly string[] = keys): string {
  const fmt = (v: Cell) => (v === null || v === undefined ? "" : typeof v === "number" ? v.toLocaleString("en") : v);
  const lines = [`| ${heads.join(" | ")} |`, `| ${heads.map(() => "---").join(" | ")} |`];
  for (const r of rows) lines.push(`| ${keys.map((k) => fmt(r[k])).join(" | ")} |`);
  return lines.join("\n");
}
