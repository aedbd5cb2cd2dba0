import { Box, Text } from "ink";
import { FindingCard } from "./FindingCard.js";
import { Row } from "./Row.js";
import { findingCounts, type FindingItem } from "./finding-items.js";
import { findingListHeight } from "./layout.js";
import { row } from "./text.js";
import { useTheme } from "./theme.js";
import { scrollTop, visibleSlice } from "./window.js";

type Props = { items: readonly FindingItem[]; cursor: number; top: number; claim: number; width: number; height: number; empty: string; flaggedOnly?: boolean };

const findingLine = (f: FindingItem, width: number) =>
  row([f.corroboration ? "✓ corroboration" : `✗ ${f.label}`, f.finding.severity, f.who], [24, 7, Math.max(8, width - 2 - 24 - 7 - 2)]);

/**
 * Findings on top; under them the selected finding's explanation and its claims side by side.
 * Corroborations are marked ✓ and said to support each other; disagreements are marked ✗.
 */
export function ConflictsView({ items, cursor, top, claim, width, height, empty, flaggedOnly = false }: Props) {
  const theme = useTheme();
  const listRows = findingListHeight(height - 1, items.length);
  const { rows, first } = visibleSlice(items, scrollTop(top, cursor, listRows, items.length), listRows);
  const sel = items[cursor];
  const disagree = items.filter((f) => !f.corroboration).length;
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.accent} wrap="truncate-end">
        {"  "}
        {findingCounts(disagree, items.length - disagree, flaggedOnly)}
      </Text>
      <Box flexDirection="column" height={listRows}>
        {rows.length === 0 ? <Text color={theme.muted}>  {empty}</Text> : null}
        {rows.map((f, i) => (
          <Row key={f.finding.id} text={findingLine(f, width)} selected={first + i === cursor} color={f.corroboration ? theme.ok : theme.flag} />
        ))}
      </Box>
      {sel ? <FindingCard item={sel} claim={claim} width={width} height={height - 1 - listRows} /> : null}
    </Box>
  );
}
