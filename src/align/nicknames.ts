import { escapeRegExp } from "../model/escape-regexp.js";

/**
 * What an article itself says of a person's nickname: "John Ellis “Jeb” Bush", "Mr. Bush, known as
 * Jeb", "Jeb Bush, whose given name is John Ellis". Only what the text says: there is no dictionary of
 * nicknames, so "Jeb Bush" and "John Ellis Bush" are one person only where an article ties them.
 * Each row builds its pattern for one surname (as written); a match gives the nickname and, where
 * the row names it, the given name. Bounded patterns, no nested quantifiers. Pure.
 */
export type NicknameFact = {
  readonly nick: string;
  readonly given: string | null;
  /** The title and surname the row read the nickname of ("Mr. Bush"), when it gives no given name. */
  readonly titled?: string;
};

type NicknameRow = {
  readonly id: string;
  readonly reason: string;
  readonly pattern: (surname: string) => RegExp;
  readonly read: (m: RegExpExecArray) => NicknameFact;
};

const WORD = String.raw`\p{Lu}\p{Ll}+`;
const OPEN = `[“"'‘]{1,2}`;
const CLOSE = `[”"'’]{1,2}`;

export const NICKNAME_ROWS: readonly NicknameRow[] = [
  {
    id: "quoted-between",
    reason: "a word in quotation marks between the given names and the surname is the name the person goes by (John Ellis “Jeb” Bush)",
    pattern: (s) => new RegExp(`(?<!\\p{L})(${WORD})(?:\\s+${WORD}\\.?)?\\s+${OPEN}(${WORD})${CLOSE}\\s+${s}\\b`, "gu"),
    read: (m) => ({ nick: m[2], given: m[1] }),
  },
  {
    id: "known-as",
    reason: "the surname followed by \"known as\", \"nicknamed\" or \"called\" and a capitalised word (Mr. Bush, known as Jeb) gives the name the person goes by",
    pattern: (s) =>
      new RegExp(`(?:\\b((?:Mr|Mrs|Ms|Miss|Dr)\\.?)\\s+)?\\b${s},\\s+(?:(?:who\\s+is\\s+|better\\s+|also\\s+|widely\\s+)?known\\s+as|nicknamed)\\s+[“"'‘]{0,2}(${WORD})\\b`, "gu"),
    read: (m) => ({ nick: m[2], given: null, ...(m[1] ? { titled: m[1] } : {}) }),
  },
  {
    id: "whose-name-is",
    reason: "\"whose (given, real, full) name is\" after a name gives the given name its first word stands for (Jeb Bush, whose given name is John Ellis)",
    pattern: (s) => new RegExp(`(?<!\\p{L})(${WORD})\\s+${s},\\s+whose\\s+(?:(?:real|full|given|legal|first|birth)\\s+)?names?\\s+(?:is|are|was)\\s+(${WORD})`, "gu"),
    read: (m) => ({ nick: m[1], given: m[2] }),
  },
];

/** The nickname facts `text` gives for people of `surname` (as written, "Bush"). */
export function nicknamesIn(text: string, surname: string): NicknameFact[] {
  if (!text.includes(surname)) return [];
  const s = escapeRegExp(surname);
  const facts: NicknameFact[] = [];
  for (const row of NICKNAME_ROWS) {
    const re = row.pattern(s);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const f = row.read(m);
      if (f.nick !== f.given) facts.push(f);
    }
  }
  return facts;
}
