import { Box, Text } from "ink";
import { Row } from "./Row.js";
import { SpeakerPreview } from "./SpeakerPreview.js";
import { speakerColumns, speakerHeader, speakerLine } from "./speaker-columns.js";
import type { SpeakerItem } from "./speaker-items.js";
import { listHeight } from "./layout.js";
import { useTheme } from "./theme.js";
import { scrollTop, visibleSlice } from "./window.js";

type Props = { items: readonly SpeakerItem[]; cursor: number; top: number; width: number; height: number; empty: string };

/** People, organisations and unnamed sources, with how often each outlet quotes them. */
export function SpeakersView({ items, cursor, top, width, height, empty }: Props) {
  const theme = useTheme();
  const cols = speakerColumns(width);
  const rowsHigh = listHeight(height);
  const { rows, first } = visibleSlice(items, scrollTop(top, cursor, rowsHigh, items.length), rowsHigh);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.accent} wrap="truncate-end">
        {"  "}
        {speakerHeader(cols)}
      </Text>
      <Box flexDirection="column" height={rowsHigh}>
        {rows.length === 0 ? <Text color={theme.muted}>  {empty}</Text> : null}
        {rows.map((s, i) => (
          <Row key={s.id} text={speakerLine(s, cols)} selected={first + i === cursor} dim={s.type === "anonymous" || s.type === "unknown"} />
        ))}
      </Box>
      <SpeakerPreview item={items[cursor]} width={width} />
    </Box>
  );
}
