import { Box, Text } from "ink";
import { VIEWS, type ViewId } from "./state.js";
import { useTheme } from "./theme.js";

export function TabBar({ view, detail, counts }: { view: ViewId; detail: boolean; counts: Readonly<Record<ViewId, number>> }) {
  const theme = useTheme();
  return (
    <Box>
      <Text bold color={theme.accent}>
        quotecheck{" "}
      </Text>
      {VIEWS.map((v, i) => {
        const active = v.id === view && !detail;
        const label = `${i + 1} ${v.title} ${counts[v.id]}`;
        return (
          <Text key={v.id} inverse={active} bold={active}>
            {active ? `[${label}]` : ` ${label} `}
          </Text>
        );
      })}
      {detail ? (
        <Text inverse bold>
          [Detail]
        </Text>
      ) : null}
    </Box>
  );
}
