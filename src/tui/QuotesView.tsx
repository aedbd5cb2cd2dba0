import { Box, Text } from "ink";
import { Row } from "./Row.js";
import { QuotePreview } from "./QuotePreview.js";
import { quoteColumns, quoteHeader, quoteLine } from "./quote-columns.js";
import type { QuoteItem } from "./quote-items.js";
import { listHeight } from "./layout.js";
import { useTheme } from "./theme.js";
import { scrollTop, visibleSlice } from "./window.js";

type Props = {
  items: readonly QuoteItem[];
  cursor: number;
  top: number;
  width: number;
  height: number;
  /** Why the list is empty, when it is. */
  empty: string;
};

/** The quotes table; only the rows on screen are rendered, so long lists scroll at the same cost. */
export function QuotesView({ items, cursor, top, width, height, empty }: Props) {
  const theme = useTheme();
  const cols = quoteColumns(width);
  const rowsHigh = listHeight(height);
  const { rows, first } = visibleSlice(items, scrollTop(top, cursor, rowsHigh, items.length), rowsHigh);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.accent} wrap="truncate-end">
        {"  "}
        {quoteHeader(cols)}
      </Text>
      <Box flexDirection="column" height={rowsHigh}>
        {rows.length === 0 ? <Text color={theme.muted}>  {empty}</Text> : null}
        {rows.map((item, i) => (
          <Row
            key={item.quote.id}
            text={quoteLine(item, cols)}
            selected={first + i === cursor}
            color={item.flags.conflict ? theme.flag : undefined}
          />
        ))}
      </Box>
      <QuotePreview item={items[cursor]} width={width} />
    </Box>
  );
}
