import { useMemo } from "react";
import { ListView } from "./ListView.js";
import { Row } from "./Row.js";
import { QuotePreview } from "./QuotePreview.js";
import { quoteColumns, quoteHeader, quoteLine, type ListShape } from "./quote-columns.js";
import type { QuoteItem } from "./quote-items.js";
import { useTheme } from "./theme.js";

type Props = {
  items: readonly QuoteItem[];
  /** Widest cells and alike columns of the list in scope, before the filter: columns stay put while typing. */
  shape: ListShape;
  cursor: number;
  top: number;
  width: number;
  height: number;
  /** Why the list is empty, when it is. */
  empty: string;
};

/** The quotes table; only the rows on screen are rendered, so long lists scroll at the same cost. */
export function QuotesView({ items, shape, cursor, top, width, height, empty }: Props) {
  const theme = useTheme();
  const cols = useMemo(() => quoteColumns(width, shape), [width, shape]);
  return (
    <ListView
      items={items}
      cursor={cursor}
      top={top}
      height={height}
      empty={empty}
      header={quoteHeader(cols)}
      row={(item, selected) => (
        <Row key={item.quote.id} text={quoteLine(item, cols)} selected={selected} color={item.flags.conflict ? theme.flag : undefined} />
      )}
    >
      <QuotePreview item={items[cursor]} width={width} />
    </ListView>
  );
}
