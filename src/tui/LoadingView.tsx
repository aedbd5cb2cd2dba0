import { Box, Text, useApp, useInput, useStdin, type Key } from "ink";
import { useEffect, useState } from "react";
import { useTheme } from "./theme.js";

export type Progress = { readonly done: number; readonly total: number; readonly phase: string };

const SPIN = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/** Shown while the corpus loads: the phase, files done of total with a bar, and time taken. */
export function LoadingView({ progress, width, started, onKey }: { progress: Progress; width: number; started: number; onKey?: (input: string, key: Key) => void }) {
  const theme = useTheme();
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  // Raw mode from the start: keys typed while loading are not echoed over the screen, q quits, and
  // the others are kept for the UI, so a user who types ahead ("2", "/") does not lose the keys.
  useInput((input, key) => (input === "q" ? exit() : onKey?.(input, key)), { isActive: isRawModeSupported });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setTick((n) => n + 1), 120);
    return () => clearInterval(t);
  }, []);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const bar = Math.max(10, Math.min(50, width - 30));
  const filled = progress.total > 0 ? Math.round((progress.done / progress.total) * bar) : 0;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold color={theme.accent}>
        quotecheck
      </Text>
      <Text>
        {SPIN[tick % SPIN.length]} {progress.phase} <Text color={theme.muted}>({secs} s)</Text>
      </Text>
      {progress.total > 0 ? (
        <Text>
          <Text color={theme.ok}>{"█".repeat(filled)}</Text>
          <Text color={theme.muted}>{"░".repeat(bar - filled)}</Text> {progress.done}/{progress.total} files
        </Text>
      ) : null}
      <Text color={theme.muted}>q quits</Text>
    </Box>
  );
}
