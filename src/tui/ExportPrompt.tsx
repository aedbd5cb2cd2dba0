import { Box, Text } from "ink";
import { wrap } from "./text.js";
import { useTheme } from "./theme.js";

export type FormatChoice = { readonly name: string; readonly extension: string; readonly description: string };

export const reportFileName = (f: Pick<FormatChoice, "extension">): string => `quotecheck-report.${f.extension}`;

const TITLE = "Write a report: choose a format (↑↓ and Enter, or its number; Esc cancels)";
const NOTE = "The whole report is written, not only what the current filter shows. An existing file of that name is replaced.";

/** Pick a report format; the file goes to the current directory. */
export function ExportPrompt({ formats, cursor, width, height }: { formats: readonly FormatChoice[]; cursor: number; width: number; height: number }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {wrap(TITLE, width).map((l, i) => (
        <Text key={i} bold color={theme.accent}>
          {l}
        </Text>
      ))}
      <Text> </Text>
      {formats.map((f, i) => (
        <Text key={f.name} inverse={i === cursor} wrap="truncate-end">
          {i === cursor ? "›" : " "} {i + 1}. {f.name.padEnd(6)} {reportFileName(f).padEnd(26)} {f.description}
        </Text>
      ))}
      {formats.length === 0 ? <Text>No report formats are registered.</Text> : null}
      <Text> </Text>
      {/* Wrapped here, not by Ink: its wrap keeps the space it breaks at, and the second line began with one. */}
      {wrap(NOTE, width).map((l, i) => (
        <Text key={i} color={theme.muted}>
          {l}
        </Text>
      ))}
    </Box>
  );
}
