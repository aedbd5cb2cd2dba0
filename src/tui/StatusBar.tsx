import { Box, Text } from "ink";
import type { State } from "./state.js";
import { useTheme } from "./theme.js";
import { statusParts, statusText } from "./status-line.js";
import { cellWidth, truncate, truncateStart } from "./text.js";

/** A key, what it does, and a shorter word and key sign for narrow terminals. */
type Hint = readonly [key: string, what: string, short?: string, shortKey?: string];
export const HINTS: Readonly<Record<"browse" | "detail" | "claimDetail" | "filter" | "export" | "help", readonly Hint[]>> = {
  browse: [["Tab", "views", "view"], ["↑↓", "move"], ["Enter", "open", "open", "⏎"], ["/", "filter"], ["f", "flagged", "flag"], ["s", "sort"], ["e", "export"], ["?", "help"], ["q", "quit"]],
  detail: [["↑↓", "scroll"], ["n/p", "next/previous quote", "next/prev"], ["c", "its finding", "finding"], ["Esc", "back"], ["e", "export"], ["?", "help"], ["q", "quit"]],
  // a Detail opened on a finding's claim steps through that finding's claims
  claimDetail: [["↑↓", "scroll"], ["n/p", "next/previous claim", "next/prev"], ["Esc", "back"], ["e", "export"], ["?", "help"], ["q", "quit"]],
  filter: [["type", "to filter by speaker, outlet, text or date"], ["Enter", "keep"], ["Esc", "clear"]],
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
  // the message that answers a key ("wrote quotecheck-report.md") first, then what narrows the list
  const message = state.status ? `${state.status} · ` : "";
  const info = statusText(statusParts(state, sortName, shown, total), Math.max(0, width - cellWidth(message)));
  const hints = state.mode === "browse" ? (state.detail ? (state.view === "conflicts" ? HINTS.claimDetail : HINTS.detail) : HINTS.browse) : HINTS[state.mode];
  return (
    <Box flexDirection="column">
      {state.mode === "filter" ? (
        <Text wrap="truncate-end">
          <Text bold color={theme.accent}>/ </Text>
          {/* the end of what is typed stays in view: a pasted sentence hid the cursor and the last words */}
          {truncateStart(state.filter, width - 3)}
          <Text inverse> </Text>
        </Text>
      ) : (
        <Text wrap="truncate-end">
          {message ? <Text color={theme.ok}>{message}</Text> : null}
          <Text color={theme.muted}>{info}</Text>
        </Text>
      )}
      <Text dimColor={theme.color} wrap="truncate-end">
        {hintLine(hints, width)}
      </Text>
    </Box>
  );
}
