import { Box, Text } from "ink";
import type { ClaimRef } from "../model/index.js";
import { claimDate, claimSpeaker } from "./finding-items.js";
import { useTheme } from "./theme.js";
import { wrap } from "./text.js";

/** One claim in a bordered card; the selected card gets a double border (visible without colour). */
export function ClaimCard({ claim, width, height, selected }: { claim: ClaimRef; width: number; height: number; selected: boolean }) {
  const theme = useTheme();
  const inner = Math.max(4, width - 4);
  const textRows = Math.max(1, height - 2 - 4);
  const words = wrap(`“${claim.text}”`, inner);
  const shown = words.length > textRows ? [...words.slice(0, textRows - 1), `${words[textRows - 1].slice(0, Math.max(0, inner - 2))} …`] : words;
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle={selected ? "double" : "round"}
      borderColor={selected ? theme.accent : theme.muted}
      paddingX={1}
      overflow="hidden"
    >
      <Text bold wrap="truncate-end">
        {claimSpeaker(claim)}
      </Text>
      <Text color={theme.muted} wrap="truncate-end">
        {claim.role ?? " "}
      </Text>
      <Text wrap="truncate-end">{claim.outlet ?? "outlet unknown"}</Text>
      <Text color={theme.muted} wrap="truncate-end">
        {claimDate(claim)}
      </Text>
      {shown.map((l, i) => (
        <Text key={i} color={theme.quote} wrap="truncate-end">
          {l}
        </Text>
      ))}
    </Box>
  );
}
