import { Box, Text } from "ink";
import type { DetailLine, Style } from "./detail-lines.js";
import { useTheme, type Theme } from "./theme.js";
import { visibleSlice } from "./window.js";

// Highlights use bold, underline and inverse as well as colour, so they survive NO_COLOR.
function styleProps(style: Style | null, theme: Theme) {
  switch (style) {
    case "quote":
      return { color: theme.quote, bold: true, inverse: !theme.color };
    case "cue":
      return { color: theme.cue, underline: true };
    case "mention":
      return { color: theme.cue, bold: true, underline: true };
    case "label":
      return { color: theme.muted };
    case "heading":
      return { bold: true, color: theme.accent };
    case "flag":
      return { color: theme.flag };
    case "muted":
      return { color: theme.muted };
    default:
      return {};
  }
}

/** One quote in its paragraph, with its attribution chain; scrolls when taller than the screen. */
export function DetailView({ lines, top, height }: { lines: readonly DetailLine[]; top: number; height: number }) {
  const theme = useTheme();
  const { rows, first } = visibleSlice(lines, top, height - 1);
  const below = lines.length - first - rows.length;
  return (
    <Box flexDirection="column" height={height}>
      {rows.map((segs, i) => (
        <Text key={first + i} wrap="truncate-end">
          {segs.length === 0 ? " " : null}
          {segs.map((s, j) => (
            <Text key={j} {...styleProps(s.style, theme)}>
              {s.text}
            </Text>
          ))}
        </Text>
      ))}
      {below > 0 ? (
        <Text color={theme.muted}>
          ↓ {below} more lines (j/k, PgDn)
        </Text>
      ) : null}
    </Box>
  );
}
