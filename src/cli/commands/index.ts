import type { Io } from "../io.js";

export type Command = {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /**
   * What the command's output means (formats, marks, keys), said by its own --help only: the whole
   * --help lists every command's usage and stays short.
   */
  readonly notes?: string;
  /** Its exit codes, when not those of a command that reads and lists (run.ts READER_EXITS). */
  readonly exits?: string;
  run(args: readonly string[], io: Io): Promise<number>;
};

/**
 * Every subcommand, in the order `--help` lists them. Modules load on demand: the UI pulls in Ink
 * and React, ingest pulls in cheerio, so a command pays only for what it uses.
 */
export const commandLoaders: readonly { readonly name: string; readonly load: () => Promise<Command> }[] = [
  { name: "extract", load: async () => (await import("./extract.js")).extractCommand },
  { name: "articles", load: async () => (await import("./articles.js")).articlesCommand },
  { name: "check", load: async () => (await import("./check.js")).checkCommand },
  { name: "report", load: async () => (await import("./report.js")).reportCommand },
  { name: "verify", load: async () => (await import("./verify.js")).verifyCommand },
  { name: "tui", load: async () => (await import("./tui.js")).tuiCommand },
  { name: "conflicts", load: async () => (await import("./conflicts.js")).conflictsCommand },
  { name: "speakers", load: async () => (await import("./speakers.js")).speakersCommand },
];

/** The command a bare `quotecheck [paths]` runs. */
export const DEFAULT_COMMAND = "tui";

export const loadAllCommands = (): Promise<Command[]> => Promise.all(commandLoaders.map((c) => c.load()));
