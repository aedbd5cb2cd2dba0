import { Box, Text } from "ink";
import { Row } from "./Row.js";
import { PREVIEW_LINES, listHeight } from "./layout.js";
import type { SourceLine, Tone } from "./source-lines.js";
import { wrap } from "./text.js";
import { useTheme, type Theme } from "./theme.js";
import { scrollTop, visibleSlice } from "./window.js";

type Props = { lines: readonly SourceLine[]; summary: string; cursor: number; top: number; width: number; height: number; empty: string };

const toneColour = (t: Tone, theme: Theme): string | undefined =>
  ({ heading: theme.accent, plain: undefined, muted: theme.muted, ok: undefined, warning: theme.warning, error: theme.error })[t];

/** Inputs, the containers and articles in them, and what went wrong reading them. */
export function SourcesView({ lines, summary, cursor, top, width, height, empty }: Props) {
  const theme = useTheme();
  const rowsHigh = listHeight(height);
  const { rows, first } = visibleSlice(lines, scrollTop(top, cursor, rowsHigh, lines.length), rowsHigh);
  const sel = lines[cursor];
  const full = sel ? wrap(sel.text, width).slice(0, PREVIEW_LINES - 2) : [];
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.accent} wrap="truncate-end">
        {"  "}
        {summary}
      </Text>
      <Box flexDirection="column" height={rowsHigh}>
        {rows.length === 0 ? <Text color={theme.muted}>  {empty}</Text> : null}
        {rows.map((l, i) => (
          <Row key={first + i} text={"  ".repeat(l.depth) + l.text} selected={first + i === cursor} color={toneColour(l.tone, theme)} />
        ))}
      </Box>
      <Box flexDirection="column" height={PREVIEW_LINES}>
        <Text color={theme.muted}>{"─".repeat(Math.max(0, width))}</Text>
        {full.map((l, i) => (
          <Text key={i} wrap="truncate-end">
            {l}
          </Text>
        ))}
        {sel?.articleId ? (
          <Text color={theme.muted} wrap="truncate-end">
            Enter lists this article&apos;s quotes
          </Text>
        ) : null}
      </Box>
    </Box>
  );
}
