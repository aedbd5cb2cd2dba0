import { createContext, useContext } from "react";

/** Colours for each role; every entry is undefined when colour is off, so nothing is coloured. */
export type Theme = {
  readonly color: boolean;
  readonly accent: string | undefined;
  readonly muted: string | undefined;
  readonly quote: string | undefined;
  readonly cue: string | undefined;
  readonly ok: string | undefined;
  readonly warning: string | undefined;
  readonly error: string | undefined;
  readonly flag: string | undefined;
};

export const colourTheme: Theme = {
  color: true,
  accent: "cyan",
  muted: "gray",
  quote: "yellow",
  cue: "cyan",
  ok: "green",
  warning: "yellow",
  error: "red",
  flag: "magenta",
};

export const plainTheme: Theme = {
  color: false,
  accent: undefined,
  muted: undefined,
  quote: undefined,
  cue: undefined,
  ok: undefined,
  warning: undefined,
  error: undefined,
  flag: undefined,
};

/** https://no-color.org: NO_COLOR set to anything non-empty turns colour off; so does --no-color. */
export function colourWanted(env: Readonly<Record<string, string | undefined>>, noColorFlag = false): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR === "0" || env.TERM === "dumb") return false;
  return true;
}

export const ThemeContext = createContext<Theme>(plainTheme);
export const useTheme = (): Theme => useContext(ThemeContext);
