import { Box, Text } from "ink";
import type { State } from "./state.js";
import { useTheme } from "./theme.js";
import { cellWidth, truncate } from "./text.js";

/** A key, what it does, and a shorter word and key sign for narrow terminals. */
type Hint = readonly [key: string, what: string, short?: string, shortKey?: string];
export const HINTS: Readonly<Record<"browse" | "detail" | "filter" | "export" | "help", readonly Hint[]>> = {
  browse: [["Tab", "views", "view"], ["↑↓", "move"], ["Enter", "open", "open", "⏎"], ["/", "filter"], ["f", "flagged", "flag"], ["s", "sort"], ["e", "export"], ["?", "help"], ["q", "quit"]],
  detail: [["↑↓", "scroll"], ["n/p", "next/previous quote", "next/prev"], ["Esc", "back"], ["e", "export"], ["?", "help"], ["q", "quit"]],
  filter: [["type", "to filter by speaker, outlet or text"], ["Enter", "keep"], ["Esc", "clear"]],
  export: [["↑↓", "choose"], ["Enter", "write"], ["Esc", "cancel"]],
  help: [["↑↓", "scroll"], ["any other key", "closes help", "closes"]],
};

/** The key hints, spaced out when there is room and packed when there is not. */
export function hintLine(hints: readonly Hint[], width: number): string {
  const wide = hints.map(([k, w]) => `${k} ${w}`).join(" · ");
  if (cellWidth(wide) <= width) return wide;
  // (Every key keeps its action: "Enter" alone at 80 columns read as a key that does nothing.)
  const packed = hints.map(([k, w, short, shortKey]) => `${shortKey ?? k} ${short ?? w}`).join("  ");
  return truncate(packed, width);
}

/** Two lines: what narrows the list now (filter, flags, sort, scope, messages), then the keys. */
export function StatusBar({ state, sortName, shown, total, width }: { state: State; sortName: string; shown: number; total: number; width: number }) {
  const theme = useTheme();
  const parts: string[] = [];
  // The scope is the Quotes list's ("quotes by X"); the other views' rows are not narrowed by it.
  if (state.scope && state.view === "quotes") parts.push(`${state.scope.label} (Esc clears)`);
  if (state.flaggedOnly) parts.push("flagged only");
  if (state.filter && state.mode !== "filter") parts.push(`filter “${state.filter}”`);
  parts.push(`sort: ${sortName}`);
  if (!state.detail) parts.push(shown === total ? `${total} rows` : `${shown} of ${total}`);
  const hints = state.mode === "browse" ? (state.detail ? HINTS.detail : HINTS.browse) : HINTS[state.mode];
  return (
    <Box flexDirection="column">
      {state.mode === "filter" ? (
        <Text wrap="truncate-end">
          <Text bold color={theme.accent}>/ </Text>
          {state.filter}
          <Text inverse> </Text>
        </Text>
      ) : (
        <Text wrap="truncate-end">
          {state.status ? <Text color={theme.ok}>{state.status} · </Text> : null}
          <Text color={theme.muted}>{parts.join(" · ")}</Text>
        </Text>
      )}
      <Text dimColor={theme.color} wrap="truncate-end">
        {hintLine(hints, width)}
      </Text>
    </Box>
  );
}
