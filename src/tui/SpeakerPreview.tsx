import { Box, Text } from "ink";
import { PREVIEW_LINES } from "./layout.js";
import { outletCounts, type SpeakerItem } from "./speaker-items.js";
import { useTheme } from "./theme.js";

export function SpeakerPreview({ item, width }: { item: SpeakerItem | undefined; width: number }) {
  const theme = useTheme();
  if (!item) return <Box height={PREVIEW_LINES} />;
  return (
    <Box flexDirection="column" height={PREVIEW_LINES}>
      <Text color={theme.muted}>{"─".repeat(Math.max(0, width))}</Text>
      <Text bold wrap="truncate-end">
        {item.name} <Text color={theme.muted}>({item.type}{item.aliases.length ? `; also “${item.aliases.join("”, “")}”` : ""})</Text>
      </Text>
      <Text wrap="truncate-end">roles: {item.roles.length ? item.roles.join("; ") : "none given"}</Text>
      <Text wrap="truncate-end">
        {item.quotes} {item.quotes === 1 ? "quote" : "quotes"} in {item.articles} {item.articles === 1 ? "article" : "articles"}: {outletCounts(item) || "none"}
        {item.flagged ? ` · ${item.flagged} flagged` : ""}
      </Text>
      <Text color={theme.muted} wrap="truncate-end">
        Enter lists their quotes
      </Text>
    </Box>
  );
}
