import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { listHeight } from "./layout.js";
import { useTheme } from "./theme.js";
import { scrollTop, visibleSlice } from "./window.js";

type Props<T> = {
  items: readonly T[];
  cursor: number;
  top: number;
  height: number;
  /** Why the list is empty, when it is. */
  empty: string;
  header: string;
  /** One row; only the rows on screen are rendered, so long lists scroll at the same cost. */
  row: (item: T, selected: boolean, index: number) => ReactNode;
  /** What goes under the list (a preview of the item under the cursor). */
  children?: ReactNode;
};

/** A scrolling table: header, the visible window of rows, and a preview pane. */
export function ListView<T>({ items, cursor, top, height, empty, header, row, children }: Props<T>) {
  const theme = useTheme();
  const rowsHigh = listHeight(height);
  const { rows, first } = visibleSlice(items, scrollTop(top, cursor, rowsHigh, items.length), rowsHigh);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.accent} wrap="truncate-end">
        {"  "}
        {header}
      </Text>
      <Box flexDirection="column" height={rowsHigh}>
        {rows.length === 0 ? <Text color={theme.muted}>  {empty}</Text> : null}
        {rows.map((item, i) => row(item, first + i === cursor, first + i))}
      </Box>
      {children}
    </Box>
  );
}
