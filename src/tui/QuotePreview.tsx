import { Box, Text } from "ink";
import { flagWords, type QuoteItem } from "./quote-items.js";
import { PREVIEW_LINES } from "./layout.js";
import { KIND_LABEL } from "./finding-items.js";
import { useTheme } from "./theme.js";
import { wrap } from "./text.js";

/** The selected quote in full under the list: its words, who, to whom, when, and its flags. */
export function QuotePreview({ item, width }: { item: QuoteItem | undefined; width: number }) {
  const theme = useTheme();
  if (!item) return <Box height={PREVIEW_LINES} />;
  const q = item.quote;
  const words = wrap(`“${item.excerpt}”`, width);
  const textLines = words.length > 2 ? [words[0], words[1].slice(0, Math.max(0, width - 2)) + " …"] : words;
  const who = [item.speaker + (q.role ? `, ${q.role}` : ""), item.outlet, q.toOutlet ? `told ${q.toOutlet}` : null, q.medium].filter(Boolean).join(" · ");
  const flags = flagWords(item.flags);
  const findings = item.findings.map((f) => KIND_LABEL[f.kind]);
  return (
    <Box flexDirection="column" height={PREVIEW_LINES}>
      <Text color={theme.muted}>{"─".repeat(Math.max(0, width))}</Text>
      {textLines.map((l, i) => (
        <Text key={i} color={theme.quote} wrap="truncate-end">
          {l}
        </Text>
      ))}
      {textLines.length < 2 ? <Text> </Text> : null}
      <Text wrap="truncate-end">{who}</Text>
      <Text wrap="truncate-end">
        said {item.said || "—"} · published {item.published || "—"} ·{" "}
        <Text color={theme.flag}>
          {flags.length ? flags.join(", ") : "no flags"}
          {findings.length ? ` (${findings.join(", ")})` : ""}
        </Text>
      </Text>
    </Box>
  );
}
