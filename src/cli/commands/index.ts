import type { Io } from "../io.js";
import { articlesCommand } from "./articles.js";
import { extractCommand } from "./extract.js";
import { checkCommand } from "./check.js";
import { tuiCommand } from "./tui.js";
import { reportCommand } from "./report.js";
import { verifyCommand } from "./verify.js";
import { conflictsCommand } from "./conflicts.js";
import { speakersCommand } from "./speakers.js";

export type Command = {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: Io): Promise<number>;
};

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [extractCommand, articlesCommand, checkCommand, reportCommand, verifyCommand, tuiCommand, conflictsCommand, speakersCommand];
