import { Box, Text } from "ink";
import { Row } from "./Row.js";
import { ListView } from "./ListView.js";
import { PREVIEW_LINES } from "./layout.js";
import type { SourceLine, Tone } from "./source-lines.js";
import { wrap } from "./text.js";
import { useTheme, type Theme } from "./theme.js";

type Props = { lines: readonly SourceLine[]; summary: string; cursor: number; top: number; width: number; height: number; empty: string };

const toneColour = (t: Tone, theme: Theme): string | undefined =>
  ({ heading: theme.accent, plain: undefined, muted: theme.muted, ok: undefined, warning: theme.warning, error: theme.error })[t];

/** Inputs, the containers and articles in them, and what went wrong reading them. */
export function SourcesView({ lines, summary, cursor, top, width, height, empty }: Props) {
  const theme = useTheme();
  const sel = lines[cursor];
  const full = sel ? wrap(sel.text, width).slice(0, PREVIEW_LINES - 2) : [];
  return (
    <ListView
      items={lines}
      cursor={cursor}
      top={top}
      height={height}
      empty={empty}
      header={summary}
      row={(l, selected, index) => (
        <Row key={index} text={"  ".repeat(l.depth) + l.text} selected={selected} color={toneColour(l.tone, theme)} />
      )}
    >
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
    </ListView>
  );
}
