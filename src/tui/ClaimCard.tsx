import { Box, Text } from "ink";
import { claimDate, type Side } from "./finding-items.js";
import { useTheme } from "./theme.js";
import { cellWidth, wrap } from "./text.js";

export type Line = { readonly text: string; readonly kind: "where" | "text" };

/**
 * A claim's outlet and dates over as many lines as the card needs, broken only between the parts
 * ("The Harlow Ledger · said 2031-03-04, published 2031-03-05"), so a date is never split. Cut to
 * one line, a card 26 cells wide (three at 80 columns) read "The Daily Beast · p…": the date that
 * tells a change over time from a contradiction was lost.
 */
export function whereLines(outlet: string, dates: string, inner: number): string[] {
  const lines = [outlet];
  dates.split(", ").forEach((d, i) => {
    const joined = `${lines[lines.length - 1]}${i === 0 ? " · " : ", "}${d}`;
    if (cellWidth(joined) <= inner) lines[lines.length - 1] = joined;
    else {
      if (i === 0) lines[lines.length - 1] += " ·";
      else lines[lines.length - 1] += ",";
      lines.push(d);
    }
  });
  return lines;
}

/**
 * The lines of a side's claims, each claim's outlet and date over its words, cut to `rows`. When
 * they do not fit and the selected claim starts below the card's last rows, the card shows it
 * from its first line under a line that counts the claims above: on Palmyra, → moved to the
 * second of a side's two claims and the marker went out of sight, so nothing on screen changed.
 */
export function sideLines(side: Side, selected: number, inner: number, rows: number): Line[] {
  const lines: Line[] = [];
  let from = 0;
  let above = 0;
  side.claims.forEach(({ claim, index, reported, where }, k) => {
    const mark = side.claims.length > 1 && index === selected ? "› " : "";
    if (mark) [from, above] = [lines.length, k];
    // Without an outlet, the article by its title or opening words: "outlet unknown" on every card of
    // a finding across articles that name none (PolNeAR's files) left no way to tell the cards'
    // sources apart, and the id quotecheck made is nothing a reader can look up.
    for (const l of whereLines(`${mark}${where}`, claimDate(claim), inner)) lines.push({ text: l, kind: "where" });
    // Reported speech is the reporter's words: no quotation marks, as in the reports.
    for (const l of wrap(reported ? claim.text : `“${claim.text}”`, inner)) lines.push({ text: l, kind: "text" });
  });
  if (lines.length <= rows) return lines;
  // Its outlet line and its first words must show; otherwise the card opens at the selected claim.
  const shown = rows >= 3 && from + 2 > rows ? [{ text: `↑ ${above} more claim${above === 1 ? "" : "s"} above`, kind: "where" as const }, ...lines.slice(from)] : lines;
  if (shown.length <= rows) return shown;
  const cut = shown.slice(0, Math.max(1, rows));
  const last = cut[cut.length - 1];
  cut[cut.length - 1] = { ...last, text: `${last.text.slice(0, Math.max(0, inner - 2))} …` };
  return cut;
}

/**
 * One speaker's side of a finding in a bordered card: name, role, then each claim with its outlet
 * and date. The card holding the selected claim gets a double border (visible without colour).
 */
export function ClaimCard({ side, selected, width, height }: { side: Side; selected: number; width: number; height: number }) {
  const theme = useTheme();
  const inner = Math.max(4, width - 4);
  const isSelected = side.claims.some((c) => c.index === selected);
  const lines = sideLines(side, selected, inner, Math.max(1, height - 2 - 2));
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle={isSelected ? "double" : "round"}
      borderColor={isSelected ? theme.accent : theme.muted}
      paddingX={1}
      overflow="hidden"
    >
      <Text bold wrap="truncate-end">
        {side.speaker}
      </Text>
      <Text color={theme.muted} wrap="truncate-end">
        {side.role ?? " "}
      </Text>
      {lines.map((l, i) => (
        <Text key={i} color={l.kind === "text" ? theme.quote : theme.muted} wrap="truncate-end">
          {l.text}
        </Text>
      ))}
    </Box>
  );
}
