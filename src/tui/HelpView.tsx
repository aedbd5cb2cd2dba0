import { Box, Text } from "ink";
import { FLAGS } from "./quote-items.js";
import { useTheme } from "./theme.js";

const KEYS: readonly (readonly [string, string])[] = [
  ["Tab / Shift-Tab, 1-4", "switch view: Quotes, Speakers, Conflicts, Sources"],
  ["↑ ↓  j k", "move; PgUp PgDn (or Space, Ctrl-B/F) page; Home End (g G) ends"],
  ["Enter", "quote: open Detail; speaker or article: list its quotes; finding: the claim's quote"],
  ["← →  h l", "Conflicts: pick a claim; Detail: ← goes back"],
  ["n  p", "Detail: next / previous quote"],
  ["/", "filter by speaker, outlet or text (every word must match); Esc clears"],
  ["f", "flagged only (Conflicts: disagreements only)"],
  ["s", "change the sort order"],
  ["e", "write a report file in the current directory"],
  ["Esc", "back: close Detail, clear a speaker or article list, clear the filter"],
  ["q", "quit"],
];

/** Keys and what the flag letters mean. */
export function HelpView({ height }: { height: number }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text bold color={theme.accent}>
        Keys
      </Text>
      {KEYS.map(([k, what]) => (
        <Text key={k} wrap="truncate-end">
          {"  "}
          {k.padEnd(22)}
          {what}
        </Text>
      ))}
      <Text bold color={theme.accent}>
        Flags (Quotes view, in this order; · when not set)
      </Text>
      {FLAGS.map((f) => (
        <Text key={f.key} wrap="truncate-end">
          {"  "}
          {f.letter} {f.word.padEnd(14)}
          {f.help}
        </Text>
      ))}
      <Text color={theme.muted}>Everything shown comes from the analysis report; the UI computes none of it.</Text>
    </Box>
  );
}
