import { Box, Text } from "ink";
import type { HelpLine } from "./help-lines.js";
import { useTheme } from "./theme.js";
import { visibleSlice } from "./window.js";

/** Keys and what the flag letters mean; scrolls (↑↓, PgUp/PgDn) when taller than the screen. */
export function HelpView({ lines, top, height }: { lines: readonly HelpLine[]; top: number; height: number }) {
  const theme = useTheme();
  const fits = lines.length <= height;
  const { rows, first } = visibleSlice(lines, fits ? 0 : top, fits ? height : height - 1);
  const below = lines.length - first - rows.length;
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {rows.map((l, i) => (
        <Text key={first + i} wrap="truncate-end" bold={l.kind === "heading"} color={l.kind === "heading" ? theme.accent : l.kind === "note" ? theme.muted : undefined}>
          {l.text}
        </Text>
      ))}
      {!fits ? (
        <Text color={theme.muted} wrap="truncate-end">
          {below > 0 ? `↓ ${below} more lines (j/k, PgDn)` : "↑ top: k, PgUp, Home"}
        </Text>
      ) : null}
    </Box>
  );
}
