import { Box, Text, type Key } from "ink";
import { useRef } from "react";
import { App, type AppProps } from "./App.js";
import { LoadingView, type Progress } from "./LoadingView.js";
import { ThemeContext, colourTheme, plainTheme } from "./theme.js";
import { useTerminalSize } from "./use-terminal-size.js";

export type RootProps = Omit<AppProps, "report"> & {
  /** Null while the corpus loads. */
  readonly report: AppProps["report"] | null;
  readonly progress: Progress;
  /** When loading failed: the message to show instead of the UI. */
  readonly error?: string | null;
  readonly color: boolean;
  readonly started: number;
};

/** The loading screen until the report is ready, then the App; decides the colour theme. */
export function Root({ report, progress, error, color, started, ...app }: RootProps) {
  const terminal = useTerminalSize();
  // Keys typed while the corpus loads, replayed by the App when it mounts.
  const typeahead = useRef<[string, Key][]>([]);
  const width = app.size?.columns ?? terminal.columns;
  return (
    <ThemeContext.Provider value={color ? colourTheme : plainTheme}>
      {error ? (
        <Box paddingX={1}>
          <Text color={color ? "red" : undefined}>quotecheck: {error}</Text>
        </Box>
      ) : report ? (
        <App report={report} typeahead={typeahead.current} {...app} />
      ) : (
        <LoadingView progress={progress} width={width} started={started} onKey={(input, key) => typeahead.current.push([input, key])} />
      )}
    </ThemeContext.Provider>
  );
}
