import { useApp, useInput, useStdin, type Key } from "ink";
import { useEffect, useMemo, useReducer, useRef } from "react";
import type { Report } from "../model/index.js";
import type { FormatChoice } from "./ExportPrompt.js";
import { Screen } from "./Screen.js";
import { keyAction, splitKeys } from "./keys.js";
import { buildModel, detailSelector, keyContext, listSelector, quoteShapeSelector } from "./model.js";
import { initialState, reduce, type Action, type State } from "./state.js";
import { useTerminalSize, type Size } from "./use-terminal-size.js";

export type AppProps = {
  readonly report: Report;
  readonly formats: readonly FormatChoice[];
  /** Write the whole report in a format; resolves to a line for the status bar. */
  readonly writeReport: (format: FormatChoice) => Promise<string>;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  readonly size?: Size;
  /** Keys typed before the App mounted (while loading): taken and acted on, in order, at mount. */
  readonly typeahead?: [string, Key][];
};

/** The interactive UI over one finished report. */
export function App({ report, formats, writeReport, size, typeahead }: AppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const terminal = useTerminalSize();
  const current = size ?? terminal;

  const model = useMemo(() => buildModel(report), [report]);
  const select = useMemo(() => listSelector(model), [model]);
  const details = useMemo(() => detailSelector(model), [model]);
  const quoteShape = useMemo(() => quoteShapeSelector(model), [model]);

  // State lives in a ref and is reduced synchronously, so keys typed faster than the screen
  // redraws each act on the state the one before left, not on the last drawn one.
  const stateRef = useRef<State>(initialState);
  const sizeRef = useRef(current);
  sizeRef.current = current;
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const apply = (a: Action) => {
    stateRef.current = reduce(stateRef.current, a);
    redraw();
  };

  const write = (index: number) => {
    const f = formats[index];
    apply({ type: "exportClose" });
    if (!f) return;
    apply({ type: "status", text: `writing ${f.name} report…` });
    writeReport(f).then(
      (msg) => apply({ type: "status", text: msg }),
      (e: unknown) => apply({ type: "status", text: `could not write the report: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };

  const onInput = (input: string, key: Key) => {
    for (const [ch, k] of splitKeys(input, key)) {
      const s = stateRef.current;
      const { columns, rows } = sizeRef.current;
      const lists = select(s);
      const a = keyAction(ch, k, keyContext(s, lists, model, { columns, rows }, formats.length, details(s.detail?.quoteId ?? null, columns)));
      if (!a) continue;
      if (a.type === "quit") return exit();
      if (a.type === "write") write(a.index);
      else apply(a);
    }
  };
  useInput(onInput, { isActive: isRawModeSupported });
  useEffect(() => {
    // Once, at mount; splice so that each key acts once even if React mounts the App twice.
    for (const [input, key] of typeahead?.splice(0) ?? []) onInput(input, key);
  }, []);

  const state = stateRef.current;
  const lists = select(state);
  const all = { quotes: model.quotes.length, speakers: model.speakers.length, conflicts: model.findings.length, sources: model.sources.length };
  return <Screen state={state} lists={lists} all={all} report={report} formats={formats} size={current} detail={details(state.detail?.quoteId ?? null, current.columns)} quoteShape={quoteShape(state.scope)} speakerShape={model.speakerShape} />;
}
