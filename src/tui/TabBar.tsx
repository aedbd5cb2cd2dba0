import { Box, Text } from "ink";
import { VIEWS, type ViewId } from "./state.js";
import { tabSegments } from "./tab-labels.js";
import { useTheme } from "./theme.js";

export function TabBar({ view, detail, counts, width }: { view: ViewId; detail: boolean; counts: Readonly<Record<ViewId, number>>; width: number }) {
  const theme = useTheme();
  return (
    <Box height={1} overflow="hidden">
      <Text wrap="truncate-end">
        {tabSegments(VIEWS, view, detail, counts, width).map((s) =>
          s.kind === "title" ? (
            <Text key="title" bold color={theme.accent}>
              {s.text}
            </Text>
          ) : (
            <Text key={s.text} inverse={s.active} bold={s.active}>
              {s.text}
            </Text>
          ),
        )}
      </Text>
    </Box>
  );
}
