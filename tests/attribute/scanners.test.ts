import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { fuzzRuns, propertyTimeout } from "../property-runs.js";
import { endsBeforeClosers, endsSentence, isComma, isCommaQuestionOrBang, isQuestionOrBang } from "../../src/attribute/cue-context.js";
import { mayBeRoleThenName, repeatKey, roleWordAhead } from "../../src/attribute/index.js";
import { MEDIUM_ANY, MEDIUM_RULES, OUTLET_CUE_WORDS } from "../../src/attribute/circumstances.js";
import { Registry, hasWholeWord, mayOpenName, midWord, nameRunEnd, ofBefore, placeLineAt, wordCount } from "../../src/attribute/entities.js";
import { FIRST_NAME_GENDER, HYPHEN_MODIFIER, NAME_PARTICLES, NOT_NAMES, ORG_WORDS, PERSON_NOUNS, SENTENCE_ADVERB, TITLES, isHyphenModifier, isInitial, isMonthSurname, isSentenceAdverb } from "../../src/attribute/lexicon.js";
import { ABBREVIATIONS, HONORIFICS, words, type Word } from "../../src/attribute/roles.js";
import { nextSubjectStart, subjectAt } from "../../src/attribute/subjects.js";
import { endsWithCommaOrDash, mentionAt } from "../../src/attribute/mention.js";
import { datelineEnd, forgetKeptTokens, keepTokens, sentenceTail, tokenize, type Tok } from "../../src/attribute/tokens.js";

// Attribution's fast paths must give exactly what the plain code they replaced gives, on any text:
// these references are that plain code.

const RUNS = fuzzRuns(1000);
// (The longest properties run RUNS * 5 cases.)
vi.setConfig({ testTimeout: propertyTimeout(RUNS * 5) });

// Made-up pieces: names with titles, particles and initials, abbreviations, sentence ends, curly
// marks, odd white space, astral letters and a lone surrogate.
const PIECES = [
  " ", "  ", "\n", "\n\n", "\u00a0", "\u3000", ". ", "! ", "? ", "…", ";", ",", ":", "“", "”", "’s", "'", "-", "—",
  "Mr. ", "Sen. ", "Dr.", "U.S. ", "J. ", "G.K. ", "Ana ", "Ruiz", "Tomas ", "Lind", "al-Homsi", "de ", "van ", "bin ", "la ", "der ",
  "el-", "But ", "The ", "the ", "mayor ", "said", "Ministry ", "Council", "Maria", "Lopez’", "O’Neill", "x", "A",
  "é", "É", "𝐀", "\ud835", "12", "Inc.", "as for ", "Then ",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(""));
const withRange = fc.tuple(text, fc.nat(), fc.nat()).map(([t, a, b]): [string, number, number] => {
  const from = t.length ? a % t.length : 0;
  return [t, from, from + (t.length - from ? b % (t.length - from + 1) : 0)];
});

const isSentenceEnd = (t: Tok) => t.text === "." || t.text === "!" || t.text === "?" || t.text === "…";

function refSentenceTail(t: string, start: number, end: number): Tok[] {
  const toks = tokenize(t, { start, end });
  let from = 0;
  for (let i = 0; i < toks.length; i++) if (isSentenceEnd(toks[i])) from = i + 1;
  return toks.slice(from);
}

function refUntilSentenceEnd(t: string, start: number, end: number): Tok[] {
  const toks = tokenize(t, { start, end });
  const stop = toks.findIndex((x) => isSentenceEnd(x) || x.text === ";");
  return stop < 0 ? toks : toks.slice(0, stop + 1);
}

// The registry as it was collected before: a capital, then NAME_RUN run there, its match split at white space.
const NAME_RUN = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.[^\S\n]+)?(?:\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.)+)(?:[^\S\n]+(?:(?:al|el|bin|ibn|abu|de|da|di|del|van|von|der|le|la|du|dos|das)\b-?[^\S\n]*(?:(?:de|del|la|las|los|le|der|den|van|von|du|da|al|el)\b-?[^\S\n]*){0,2})?(?:(?:al|el)-)?(?:\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.)+))+/uy;
const CAPITAL = /[A-Z\u00C0-\uFFFF]/g;
function refRegistry(t: string): Registry {
  const r = new Registry();
  CAPITAL.lastIndex = 0;
  while (CAPITAL.test(t)) {
    NAME_RUN.lastIndex = CAPITAL.lastIndex - 1;
    const m = NAME_RUN.exec(t);
    if (!m) continue;
    // (A run that starts inside a word is tried again from the next capital.)
    if (midWord(t, m.index)) continue;
    CAPITAL.lastIndex = NAME_RUN.lastIndex;
    if (placeLineAt(t, m.index, NAME_RUN.lastIndex)) continue;
    let raw = m[0];
    let title: string | null = null;
    const tm = /^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+/.exec(raw);
    if (tm) {
      title = tm[1].toLowerCase() + ".";
      raw = raw.slice(tm[0].length);
    }
    const parts = raw.split(/\s+/);
    let s = 0;
    while (s < parts.length && (NOT_NAMES.has(parts[s].toLowerCase()) || TITLES.has(parts[s].toLowerCase()))) s++;
    // A heading in capitals before a word in mixed case ("ROLL TIDE Oakdale") is no part of the name.
    let caps = s;
    while (caps < parts.length && /^[\p{Lu}\p{N}][\p{Lu}\p{N}'’-]+$/u.test(parts[caps])) caps++;
    if (caps - s >= 2 && caps < parts.length && /^\p{Lu}\p{Ll}/u.test(parts[caps])) s = caps;
    // A compound adjective ("Texas-based") and what stands before it are no part of the name.
    for (let k = parts.length - 2; k >= s; k--) if (/^\p{Lu}[\p{L}'’]*-\p{Ll}{3,}$/u.test(parts[k])) { s = k + 1; break; }
    // A possessor before the name ("North Carolina’s Ana Ruiz") is no part of it; before the last part
    // alone ("Ruiz’s Chicago-based firm") it leaves no name.
    for (let k = parts.length - 2; k >= s; k--) if (/.['’]s?$/u.test(parts[k])) { s = k + 1; break; }
    // A run cut at a title's stop ("Ohio Gov. …") is no name. (No piece is "Show": the host rule is not here.)
    if (t[NAME_RUN.lastIndex] === "." && TITLES.has(parts[parts.length - 1].toLowerCase() + ".")) continue;
    // (Lower-case particles inside the name do not count as its parts.)
    const n = parts.slice(s).filter((p) => !(NAME_PARTICLES.has(p) && p === p.toLowerCase())).length;
    if (n < 2) continue;
    const bareLower = (l: string) => l.replace(/['’]s?$/, "");
    const noName = (from: number) => parts.slice(from).some((p) => ORG_WORDS.has(bareLower(p.toLowerCase())) || NOT_NAMES.has(p.toLowerCase()));
    if (n > 4 || noName(s)) {
      // A known given name and its surname (an initial between) that end the run are the name.
      const last = parts.length - 1;
      const g = [last - 1, last - 2].find((k) => k > s && (k === last - 1 || /^(?:\p{Lu}\.)+$/u.test(parts[last - 1])) && FIRST_NAME_GENDER.has(parts[k].toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(parts[k]) && /^\p{Lu}\p{Ll}/u.test(parts[last]));
      if (g === undefined || noName(g)) continue;
      s = g;
    }
    // "Senior American officials": capitals before a lower-case person noun, with no known given
    // name first, describe the people the noun names; no one's name.
    const nounAfter = /^ ([a-z]+)/.exec(t.slice(NAME_RUN.lastIndex));
    if (nounAfter && PERSON_NOUNS.has(nounAfter[1]) && !FIRST_NAME_GENDER.has(parts[s].toLowerCase())) continue;
    const name = parts.slice(s).join(" ").replace(/['’]s?$/, "");
    // (A title tells the gender; the given-name list only guesses it. No gendered noun is among the pieces.)
    const told = (title ? TITLES.get(title) : null) ?? null;
    r.add(name, told ?? FIRST_NAME_GENDER.get(parts[s].toLowerCase()) ?? null, m.index, told !== null);
  }
  return r;
}

// The role index's words as the regex cut them before the scanner was written out by hand.
function refWords(t: string): Word[] {
  const out: Word[] = [];
  for (const m of t.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’-]*\.?/gu)) {
    let raw = m[0];
    if (raw.endsWith("''")) raw = raw.replace(/'+$/, "");
    let lower = raw.toLowerCase();
    if (raw.endsWith(".") && !ABBREVIATIONS.has(lower) && !HONORIFICS.has(lower) && !/^\p{Lu}\.$/u.test(raw) && !/\..*\./.test(raw)) {
      raw = raw.slice(0, -1);
      lower = lower.slice(0, -1);
    }
    let possessive = false;
    if (/['’]s?$/.test(lower)) {
      possessive = true;
      lower = lower.replace(/['’]s?$/, "");
    }
    out.push({ start: m.index, end: m.index + raw.length, raw, lower, cap: /^\p{Lu}/u.test(raw), possessive });
  }
  return out;
}

// The plain code: subjectAt tried at every position, each match's end the next search's start (as a
// global scan goes on). The scanner must find the same while trying leads only.
function refSubjects(t: string): string[] {
  const out: string[] = [];
  for (let c = 0; c <= t.length; ) {
    const m = subjectAt(t, c);
    if (!m) {
      c++;
      continue;
    }
    out.push(`${m.index}:${m[0]}:${m[1]}`);
    c = m.index + Math.max(1, m[0].length);
  }
  return out;
}

function subjects(t: string): string[] {
  const out: string[] = [];
  for (let m = nextSubjectStart(t, 0); m; m = nextSubjectStart(t, m.index + m[0].length)) out.push(`${m.index}:${m[0]}:${m[1]}`);
  return out;
}

describe("attribution's fast scanners agree with the plain code", () => {
  it("tokenize stopped at the first sentence end is the whole tokenisation cut there", () => {
    fc.assert(
      fc.property(withRange, ([t, from, to]) => {
        expect(tokenize(t, { start: from, end: to }, true)).toEqual(refUntilSentenceEnd(t, from, to));
      }),
      { numRuns: RUNS },
    );
  });

  it("a stretch read off kept tokens is the stretch's own tokenisation", () => {
    fc.assert(
      fc.property(withRange, fc.nat(), fc.nat(), fc.boolean(), ([t, from, to], a, b, stop) => {
        // Any stretch that starts inside the kept run, ending inside it or past its end.
        const s = from + (a % (to - from + 1));
        const e = s + (b % (t.length - s + 1));
        forgetKeptTokens();
        const fresh = tokenize(t, { start: s, end: e });
        keepTokens(t, from, tokenize(t, { start: from, end: to }, stop));
        expect(tokenize(t, { start: s, end: e })).toEqual(fresh);
        forgetKeptTokens();
      }),
      { numRuns: RUNS * 5 },
    );
  });

  // The places where kept tokens are not the stretch's own: where to look is marked [ and ].
  it.each([
    ["Ana Ruiz[’s plan]", "starts at a possessive's split-off ’s"],
    ["[the dept.] said", "ends at a stop kept for the lower-case word after it"],
    ["[Ana Ruiz said] 1,300", "ends before a number"],
    ["[the 1,3]00 votes", "cuts a number"],
    ["“No,” [she said.]   “Yes.”", "a sentence end, then white space"],
  ])("kept tokens give a stretch's own tokenisation: %s (%s)", (marked) => {
    const s = marked.indexOf("[");
    const e = marked.indexOf("]") - 1;
    const t = marked.replace("[", "").replace("]", "");
    forgetKeptTokens();
    const fresh = tokenize(t, { start: s, end: e });
    for (const stop of [false, true]) {
      keepTokens(t, 0, tokenize(t, { start: 0, end: t.length }, stop));
      expect(tokenize(t, { start: s, end: e })).toEqual(fresh);
      forgetKeptTokens();
    }
  });

  it("sentenceTail is the tokens after the window's last sentence end", () => {
    fc.assert(
      fc.property(withRange, ([t, from, to]) => {
        expect(sentenceTail(t, { start: from, end: to })).toEqual(refSentenceTail(t, from, to));
      }),
      { numRuns: RUNS },
    );
  });

  it("repeatKey is the plain lower-case, replace and trim", () => {
    // With upper-case letters beyond ASCII and digits beyond ASCII (İ lowers to two code units).
    const quote = fc.array(fc.constantFrom(...PIECES, "İ", "ΣΑΣ", "٣", "½"), { maxLength: 40 }).map((a) => a.join(""));
    fc.assert(
      fc.property(quote, (t) => {
        expect(repeatKey(t)).toBe(t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim());
      }),
      { numRuns: RUNS },
    );
  });

  it("endsBeforeClosers is the regex anchored at the end", () => {
    const tail = fc.array(fc.constantFrom(...PIECES, "?", "!", "”", "’", "'", '"', ".”", ",”", "?’"), { maxLength: 12 }).map((a) => a.join(""));
    fc.assert(
      fc.property(tail, (t) => {
        const q = { text: t, para: { start: 0, end: t.length }, outer: { start: 0, end: t.length }, span: { start: 0, end: t.length }, prevQuoteEnd: 0, nextQuoteStart: t.length };
        expect(endsSentence(q)).toBe(/[.!?…]["'”’]*$/.test(t));
        expect(endsBeforeClosers(t, 0, t.length, isQuestionOrBang)).toBe(/[?!]["'”’]*$/.test(t));
        expect(endsBeforeClosers(t, 0, t.length, isCommaQuestionOrBang)).toBe(/[,?!]["'”’]*$/.test(t));
        expect(endsBeforeClosers(t, 0, t.length, isComma)).toBe(/,["'”’]*$/.test(t));
      }),
      { numRuns: RUNS },
    );
  });

  it("Registry.fromText registers the people the plain scan registers", () => {
    fc.assert(
      fc.property(text, (t) => {
        // (The run scan only: which names the text uses as a body's, Person.org, is read after it; see org-names.test.)
        const runs = (r: Registry) => r.people().map(({ org: _org, ...p }) => p);
        expect(runs(Registry.fromText(t))).toEqual(runs(refRegistry(t)));
      }),
      { numRuns: RUNS },
    );
  });

  it("the role index's words are the regex's", () => {
    const wordy = fc
      .array(fc.constantFrom(...PIECES, "U.S.A", "U.", "S.", "Obama''", "don''t", "'s", "sen.", "Gov.", "ex-", "-", "’", "İ", "½", "7.", "𝐀.", "a.b.", "GOP.", "Mr", ".", "''"), { maxLength: 40 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(wordy, (t) => {
        expect(words(t)).toEqual(refWords(t));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it("nextSubjectStart gives the global scan's matches", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(subjects(t)).toEqual(refSubjects(t));
      }),
      { numRuns: RUNS },
    );
  });

  // A lead that is the text's last character has nothing after it: mayLeadSubject reads no
  // character past the end (charCodeAt out of bounds deoptimised the scanner) and the scan ends.
  it.each([
    ["Ann Lee spoke.", ["Ann Lee"]],
    ["Ann Lee spoke. Tom", ["Ann Lee", "Tom"]],
    ["He spoke.\n", ["He"]],
    ["Lee met Mr.", ["Lee"]],
    ["Lee met Mr. Tom Reyes!", ["Lee", "Tom Reyes"]],
    // An opener, then "the" and a body's name (the role-subject alternative, which the fuzz found).
    ["Then the Inc.", ["the Inc"]],
  ])("nextSubjectStart on %j, whose last character is a lead or just after one", (t, want) => {
    expect(subjects(t)).toEqual(refSubjects(t));
    expect(subjects(t).map((s) => s.slice(s.lastIndexOf(":") + 1))).toEqual(want);
  });

  it("nextSubjectStart gives the global scan's matches around every kind of lead", () => {
    // (Leads the character after them turns away: stops inside numbers and abbreviations, blank
    // lines, a line break before white space or a bullet; and the white space a /u \s holds.)
    const leads = fc
      .array(fc.constantFrom(".", "!", "?", "\n", "\n\n", "\r\n", "\t", " ", "\u00a0", "\u2028", "\u3000", "\ufeff", "3.5", "U.S.", "\n- ", "\n•", "\n—", "-", "“", "The ", "the ", "Ann Lee ", "Mr. ", "said", "É", "𝐀", "\ud835", "But ", "In the end, "), { maxLength: 30 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(leads, (t) => {
        expect(subjects(t)).toEqual(refSubjects(t));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("datelineEnd answers as its pattern does at every line start", () => {
    // The pattern as it was run at each line start, with no test of the first character before it.
    const DATELINE_AT = /(?:(?:\p{Lu}{3,}|\p{Lu}\.?\p{Lu})[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]+)*(?:,[^—–()\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*(?:,[^—–()\n]{1,30}?)?\s*\(\p{Lu}[\p{L}.]{1,12}\)\s*)(?:[—–]|--?)\s+/uy;
    const ref = (t: string, at: number): number => {
      if (at > 0 && t.charCodeAt(at - 1) !== 0x0a) return -1;
      DATELINE_AT.lastIndex = at;
      return DATELINE_AT.test(t) ? DATELINE_AT.lastIndex : -1;
    };
    const hay = fc
      .array(fc.constantFrom("WASHINGTON", "Oakdale", " ", "\n", ", Ohio", " (AP)", " (AFP) ", "(", ")", " — ", " – ", " - ", "-", "“", "the", "É", "é", "𝐀", "\ud835", "1", "x", "D.C."), { maxLength: 12 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(hay, (t) => {
        for (let at = 0; at <= t.length; at++) expect(datelineEnd(t, at)).toBe(ref(t, at));
      }),
      { numRuns: RUNS },
    );
  });

  // The top-level alternatives of a regex source: split at "|" outside groups and classes.
  const alternatives = (source: string): string[] => {
    const out: string[] = [];
    let depth = 0;
    let inClass = false;
    let from = 0;
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === "\\") i++;
      else if (inClass) inClass = c !== "]";
      else if (c === "[") inClass = true;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
      else if (c === "|" && depth === 0) {
        out.push(source.slice(from, i));
        from = i + 1;
      }
    }
    out.push(source.slice(from));
    return out;
  };

  it("every alternative of every medium row opens with \\b, so MEDIUM_ANY's one \\b before them all changes no match", () => {
    expect(alternatives(String.raw`\ba|(?:b|c)|[|]d|\|e`)).toEqual([String.raw`\ba`, "(?:b|c)", "[|]d", String.raw`\|e`]);
    for (const row of MEDIUM_RULES) for (const alt of alternatives(row.re.source)) expect(alt.startsWith(String.raw`\b`), `${row.id}: ${alt}`).toBe(true);
    expect(MEDIUM_ANY.source.startsWith(String.raw`\b(?:`)).toBe(true);
  });

  it("MEDIUM_ANY finds the same match, and the same row, as the rows' plain alternation", () => {
    const PLAIN = new RegExp(MEDIUM_RULES.map((r) => `(${r.re.source})`).join("|"), "i");
    const word = fc.constantFrom(
      "in", "a", "an", "the", "his", "statement", "interview", "phone", "by", "over", "on", "call", "conference", "press", "via", "Skype",
      "e-mail", "emailed", "texted", "tweeted", "Twitter", "Facebook", "post", "letter", "rally", "at", "during", "to", "reporters",
      "remarks", "speech", "video", "book", "of", "x", "In", "ON", "É", "issued", "released",
    );
    const hay = fc
      .array(fc.tuple(word, fc.constantFrom(" ", " ", "-", "", ".", "\n", "é")), { maxLength: 7 })
      .map((a) => a.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(hay, (t) => {
        const a = MEDIUM_ANY.exec(t);
        const b = PLAIN.exec(t);
        expect(a && [a.index, ...a]).toEqual(b && [b.index, ...b]);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it("OUTLET_CUE_WORDS, grouped by first letter, passes a clause wherever the flat list does", () => {
    const FLAT = /\btell|\btold\s|\binterview\b|\bappearance\b|\bsit-down\b|\b(?:said|says|speaking|spoke|appearing|appeared|interviewed|wrote|stating|stated)\s+(?:on|to|in)\s|(?:statement|mail|letter|text|message|note|call|comments|remarks) to\s/;
    // Words, each with what follows it: a cue word, then a preposition, then white space, is what most rows need.
    const word = fc.constantFrom(
      "tell", "told", "interview", "interviewed", "appearance", "appearing", "appeared", "appear", "sit-down", "said", "says", "speaking",
      "spoke", "wrote", "stating", "stated", "statement", "email", "letter", "text", "message", "note", "call", "comments", "remarks",
      "on", "to", "in", "x", "s", "ed", "ance", "T", "Told", "É",
    );
    const hay = fc
      .array(fc.tuple(word, fc.constantFrom(" ", " ", "  ", "\n", "\u00a0", "", "-", ".")), { maxLength: 6 })
      .map((a) => a.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(hay, (t) => {
        expect(OUTLET_CUE_WORDS.test(t)).toBe(FLAT.test(t));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it("roleWordAhead holds wherever the role-then-name pattern's role word is a person noun or a title", () => {
    const ROLE_THEN_NAME = /[ \t]+((?:\p{Ll}+[ \t]+){0,2}?)(\p{Ll}+)(?:[ \t]+(?:of|for)[ \t]+\p{Ll}+)?[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}/uy;
    const hay = fc
      .array(fc.constantFrom(" ", "\t", "  ", "\n", "radio", "talk", "host", "pollster", "senator", "of", "state", "said", "Ann", "Lee", "É", "é", "𝐀", "𝐚", "\ud835", "-", "1", "x", "ß"), { maxLength: 16 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(hay, fc.nat(), (h, n) => {
        const p = h.length ? n % h.length : 0;
        ROLE_THEN_NAME.lastIndex = p;
        const m = ROLE_THEN_NAME.exec(h);
        if (m && (PERSON_NOUNS.has(m[2]) || TITLES.has(m[2]))) expect(roleWordAhead(h, p)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it.each([
    // [text after the subject, is a person noun or a title among its first three words?]
    [" pollster Whit Ayres said", true],
    [" radio talk host Ann Lee", true],
    [" said on Monday", false],
    [" told the senator", true],
    [" said the plan was", false],
    [" Lee", false],
  ])("roleWordAhead(%j) is %j", (t, want) => {
    expect(roleWordAhead(t, 0)).toBe(want);
  });

  it("hasWholeWord answers as the whole-word pattern does", () => {
    const hay = fc.array(fc.constantFrom("mayor", "the ", "_", "-", "vice", "mayors", "1", " ", "é", "\n", "\ud835"), { maxLength: 12 }).map((a) => a.join(""));
    fc.assert(
      fc.property(hay, fc.constantFrom("mayor", "vice", "the", "1"), (h, w) => {
        expect(hasWholeWord(h, w)).toBe(new RegExp(`(?:^|\\W)${w}(?:\\W|$)`).test(h));
      }),
      { numRuns: RUNS },
    );
  });

  it("wordCount counts as the lookbehind patterns do", () => {
    // Words and their neighbours: letters, digits, marks the patterns exclude, white space with and
    // without a line break, a capital after it, an astral letter and lone surrogates.
    const hay = fc
      .array(fc.constantFrom("see", "Ann", "ann", "o’see", "-", ".", "'", "’", "x", "1", " ", "  ", "\n", "\u00a0", "Lee", "é", "É", "𝐀", "𝐚", "\ud835", "\udc00", ",", "("), { maxLength: 14 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(hay, fc.constantFrom("see", "ann", "o’see"), fc.constantFrom("Ann", "See"), (h, lower, given) => {
        const plain = new RegExp(`(?<![\\p{L}\\p{N}'’-])${lower}(?![\\p{L}\\p{N}])`, "u").test(h);
        expect(wordCount(h, lower, false, true) > 0).toBe(plain);
        const alone = h.match(new RegExp(`(?<![\\p{L}\\p{N}.'’-])${given}(?![\\p{L}\\p{N}])(?![^\\S\\n]+\\p{Lu})`, "gu"))?.length ?? 0;
        expect(wordCount(h, given, true, false)).toBe(alone);
      }),
      { numRuns: RUNS },
    );
  });

  it("mayBeRoleThenName holds wherever the role-then-name pattern matches", () => {
    // The pattern as narrativeSubjects runs it after a subject's capitals.
    const ROLE_THEN_NAME = /[ \t]+((?:\p{Ll}+[ \t]+){0,2}?)(\p{Ll}+)(?:[ \t]+(?:of|for)[ \t]+\p{Ll}+)?[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}/uy;
    const hay = fc
      .array(fc.constantFrom(" ", "\t", "  ", "\n", "radio", "talk", "host", "of", "state", "Ann", "Lee", "É", "é", "𝐀", "𝐚", "\ud835", "-", ",", "1", "x", "ß"), { maxLength: 16 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(hay, fc.nat(), (h, n) => {
        const p = h.length ? n % h.length : 0;
        ROLE_THEN_NAME.lastIndex = p;
        if (ROLE_THEN_NAME.test(h)) expect(mayBeRoleThenName(h, p)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    // [text after the subject, may a role and a name follow?]
    [" pollster Whit Ayres said", true],
    [" radio talk host Ann Lee", true],
    [" secretary of state Madeleine Lee", true],
    [" said on Monday", true],
    [" said that the plan, Lee", false],
    [" Lee", false],
    [", the mayor", false],
    [" one two three four five six Lee", false],
  ])("mayBeRoleThenName(%j) is %j", (t, want) => {
    expect(mayBeRoleThenName(t, 0)).toBe(want);
  });

  it("ofBefore holds wherever a title's \"of\" ends the 40 characters before a name run", () => {
    const OF_TITLE_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/u;
    const hay = fc
      .array(fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", "of", "the", "Chief", "Staff", "Secretary", "off", "x", "é", ",", "."), { maxLength: 14 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(hay, fc.nat(), (h, n) => {
        const at = h.length ? n % (h.length + 1) : 0;
        if (OF_TITLE_BEFORE.test(h.slice(Math.max(0, at - 40), at))) expect(ofBefore(h, at)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("mayOpenName holds wherever the registry's NAME_RUN matches at a capital", () => {
    // NAME_RUN as entities.ts writes it (with "in 't" / "van 't").
    const NAME_RUN_NOW = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.[^\S\n]+)?(?:\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.)+)(?:[^\S\n]+(?:(?:in|van)[^\S\n]+['’]t[^\S\n]+|(?:al|el|bin|ibn|abu|de|da|di|del|van|von|der|le|la|du|dos|das)\b-?[^\S\n]*(?:(?:de|del|la|las|los|le|der|den|van|von|du|da|al|el)\b-?[^\S\n]*){0,2})?(?:(?:al|el)-)?(?:\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.)+))+/uy;
    const hay = fc
      .array(fc.constantFrom(...PIECES, "in ", "'t ", "’t ", "van ", "dell ", "de1 ", "deé", "al-", "ibn ", "abu ", "der ", "la ", "du ", "dux ", "dos ", "los ", "den ", "las ", "Sophie ", "Veld", "It ", "is ", "bill "), { maxLength: 24 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(hay, (h) => {
        for (let at = 0; at < h.length; at++) {
          // (A /u regex set inside a surrogate pair starts at the pair: the scan never tries there.)
          if (h.charCodeAt(at) >= 0xdc00 && h.charCodeAt(at) <= 0xdfff) continue;
          NAME_RUN_NOW.lastIndex = at;
          if (/[A-Z\u00C0-\uFFFF]/.test(h[at]!) && NAME_RUN_NOW.test(h)) expect(mayOpenName(h, nameRunEnd(h, at))).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    // [text, may a name run open at its start?]: a capital or a particle word after the first part.
    ["Ana Ruiz", true],
    ["Ana de Souza", true],
    ["Omar al-Bashir", true],
    ["Sophie in 't Veld", true],
    ["Ali bin Talal", true],
    ["The bill", false],
    ["It is", false],
    ["Ana dell Souza", false],
    ["Ana deli", false],
    ["Ana\nRuiz", false],
    ["Ana.", false],
  ])("mayOpenName(%j) is %j", (t, want) => {
    expect(mayOpenName(t, nameRunEnd(t, 0))).toBe(want);
  });

  it.each([
    // [text before a name run, does " of " or " of the " end it?]
    ["Chief of ", true],
    ["Secretary of the ", true],
    ["Secretary  of\tthe\u00a0", true],
    ["the ", false],
    ["Chief of\n", false],
    ["Chief off ", false],
    ["of the ", false],
  ])("ofBefore(%j) is %j", (t, want) => {
    expect(ofBefore(t, t.length)).toBe(want);
  });

  it("midWord answers as the letter-or-digit pattern on the code unit before", () => {
    const hay = fc.array(fc.constantFrom("a", "A", "7", "½", " ", ".", "é", "𝐀", "\ud835", "\udc00", "’", "-", "\n"), { maxLength: 6 }).map((a) => a.join(""));
    fc.assert(
      fc.property(hay, (h) => {
        for (let at = 0; at <= h.length; at++) expect(midWord(h, at)).toBe(at > 0 && /[\p{L}\p{N}]/u.test(h[at - 1]!));
      }),
      { numRuns: RUNS },
    );
  });

  it("endsWithCommaOrDash answers as the end-anchored comma-or-dash pattern does", () => {
    const hay = fc.array(fc.constantFrom("a", " ", "\t", "\n", "\u00a0", ",", "-", "--", "—", "–", "―", "x,", "é"), { maxLength: 8 }).map((a) => a.join(""));
    fc.assert(
      fc.property(hay, fc.nat(), (h, n) => {
        const start = h.length ? n % (h.length + 1) : 0;
        const span = { start, end: h.length };
        expect(endsWithCommaOrDash(h, span)).toBe(/(?:[,—–―]|\s--?)\s*$/.test(h.slice(start)));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    // [subject as written, does it end in a comma or a dash?]
    ["The mayor, ", true],
    ["Ann Lee — ", true],
    ["Ann Lee --", true],
    ["Ann Lee -", true],
    ["Ann Lee-", false],
    ["Ann Lee ---", false],
    ["Ann Lee", false],
    ["  ", false],
  ])("endsWithCommaOrDash(%j) is %j", (t, want) => {
    expect(endsWithCommaOrDash(t, { start: 0, end: t.length })).toBe(want);
  });

  it("isInitial answers as /^\\p{Lu}\\.$/u does", () => {
    const word = fc
      .array(fc.constantFrom("J", "j", ".", "É", "é", "𝐀", "\ud835", "İ", "Σ", "7", "x", "Jr", "U.S"), { maxLength: 4 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(word, (w) => {
        expect(isInitial(w)).toBe(/^\p{Lu}\.$/u.test(w));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    // [word, is it an initial?]
    ["J.", true],
    ["É.", true],
    ["𝐀.", true],
    ["j.", false],
    ["J", false],
    ["JD.", false],
    ["J.D.", false],
    ["\ud835.", false],
  ])("isInitial(%j) is %j", (w, want) => {
    expect(isInitial(w)).toBe(want);
  });

  it.each([
    // [given name or initial, word, next word, is the word a surname?]: the cheap first test lets every month surname through.
    ["Theresa", "May", "", true],
    ["Ann", "June", "said", true],
    ["J.", "April", "", true],
    ["Tom", "August", "", true],
    ["Theresa", "May", "5", false],
    ["Theresa", "Mayor", "", false],
    ["Theresa", "MAY", "", false],
    ["the", "May", "", false],
    ["Ann", "Jun", "", false],
  ])("isMonthSurname(%j, %j, %j) is %j", (prev, w, next, want) => {
    expect(isMonthSurname(prev, w, next)).toBe(want);
  });

  it("isHyphenModifier and isSentenceAdverb answer as their regexes do", () => {
    const word = fc
      .array(fc.constantFrom("Texas", "-", "based", "area", "el", "Co", "anchor", "Interesting", "ly", "ally", "Kel", "Finally", "É", "é", "𝐀", "'", "’", "x"), { maxLength: 5 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(word, (w) => {
        expect(isHyphenModifier(w)).toBe(HYPHEN_MODIFIER.test(w));
        expect(isSentenceAdverb(w)).toBe(SENTENCE_ADVERB.test(w));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    // [mention, name]: role and party words, a compound adjective and a sentence adverb that open a
    // name run are no part of the name, in any case; other capitalised words are.
    ["Former Ann Lee", "Ann Lee"],
    ["FORMER Ann Lee", "Ann Lee"],
    ["U.S. Ann Lee", "Ann Lee"],
    ["Senate Majority Ann Lee", "Ann Lee"],
    ["Texas-based Ann Lee", "Ann Lee"],
    ["Interestingly Ann Lee", "Ann Lee"],
    ["Newton Ann Lee", "Newton Ann Lee"],
    ["Statesman Ann Lee", "Statesman Ann Lee"],
  ])("the name in %j is %j", (t, name) => {
    expect(mentionAt(t, { start: 0, end: t.length })?.name).toBe(name);
  });

  it.each([
    // [text, word, given name alone?, count]
    ["See Ann Lee. Then see Ann.", "Ann", true, 1],
    ["Ann\nLee and ann", "Ann", true, 1],
    ["o-see, see-saw, sees, see.", "see", false, 2],
    ["Ann.Ann Ann", "Ann", true, 2],
  ])("wordCount(%j, %j, %j) is %j", (t, w, given, n) => {
    expect(wordCount(t, w, given, false)).toBe(n);
  });

  it.each([
    // [role, noun, whole word in it]
    ["the deputy mayor of Oakdale", "mayor", true],
    ["former mayors' council", "mayor", false],
    ["vice_mayor", "mayor", false],
    ["mayor", "mayor", true],
  ])("hasWholeWord(%j, %j) is %j", (h, w, want) => {
    expect(hasWholeWord(h, w)).toBe(want);
  });

  it.each([
    // [text, people the registry must hold]
    ["Mr. Khaled al-Homsi spoke. Homsi left.", ["Khaled al-Homsi"]],
    ["But Ana Ruiz’s plan, said Sen. Tomas Lind of Ohio.", ["Ana Ruiz", "Tomas Lind"]],
    ["The Ministry Council met. G.K. Butterfield spoke.", ["G.K. Butterfield"]],
    ["Charles de Gaulle and Ludwig van Beethoven", ["Charles de Gaulle", "Ludwig van Beethoven"]],
    // A name never runs over a paragraph break ("… in the U.S.\n\nAna Ruiz said").
    ["He moved to the U.S.\n\nAna Ruiz said so. She lives in Raleigh, N.C.\n\nTomas Lind agreed.", ["Ana Ruiz", "Tomas Lind"]],
    // A dateline or a heading line in capitals is a place or a label; a speaker's name in capitals is not.
    ["DES MOINES, Iowa — Ana Ruiz spoke.\n\nFULL TEXT.\n\nTOMAS LIND: We won.", ["Ana Ruiz", "TOMAS LIND"]],
    ["NEW YORK (AP) — Tomas Lind left.", ["Tomas Lind"]],
    ["ABSTRACT. More than that, Ruiz spoke.", []],
    // A law's name is no person's ("Every Student Succeeds Act" registered "Succeeds Act" once "Student" was dropped).
    ["The Every Student Succeeds Act passed. The Harbor Voter Rights Act failed.", []],
    // A possessor before the name ("North Carolina’s Ana Ruiz") is no part of it; "O’Neill" is no possessive.
    ["North Carolina’s Ana Ruiz spoke. CNBC's Tomas Lind asked. Eva O’Neill left. The Blaze’ Jo Oakes agreed.", ["Ana Ruiz", "Tomas Lind", "Eva O’Neill", "Jo Oakes"]],
    // A possessor before the last part alone owns what follows: no name ("Ruiz’s Chicago-based firm").
    ["Ana Ruiz’s Chicago-based firm won. Tomas Lind's Harbor plan failed.", []],
    // A role noun before the name ("Moderator Ana Ruiz") is no part of it.
    ["Moderator Ana Ruiz asked. Filmmaker Tomas Lind spoke.", ["Ana Ruiz", "Tomas Lind"]],
    // A newsletter's heading in capitals with "!" and a dash before its blurb is a label, not a person.
    ["HARBOR WATCH VIA EMAIL! - You can get this update daily. Ana Ruiz writes it.\nTOMAS LIND! We won.", ["Ana Ruiz", "TOMAS LIND"]],
    // A time noun that ends a title before the name ("Liar of the Year") is no part of it.
    ["Liar of the Year Ana Ruiz spoke. Word of the Day Tomas Lind agreed. Tomas Day left.", ["Ana Ruiz", "Tomas Lind", "Tomas Day"]],
    // An "X of Y" title's object is no part of the name after it ("Chief of Staff Ana Ruiz"); the
    // name is the first known given name after it, else the last two name parts.
    ["Chief of Staff Ana Ruiz spoke. Supervisor of Elections Tomas Lind agreed.", ["Ana Ruiz", "Tomas Lind"]],
    ["Director of National Intelligence James Oakes spoke. Secretary of the Navy Ray M. Lind agreed.", ["James Oakes", "Ray M. Lind"]],
    ["Speaker of the House Paul Oakes spoke. Secretary of Homeland Security left.", ["Paul Oakes"]],
    // Not after a lower-case head or a head that is no title ("the wife of", "Friends of").
    ["the wife of Ana Ruiz spoke. Friends of Tomas Lind agreed.", ["Ana Ruiz", "Tomas Lind"]],
    // A compound adjective of place or origin, or a hyphenated role, before the name.
    ["Texas-based Ana Ruiz spoke. South Korean-born Tomas Lind agreed. Co-anchor Eva Oakes asked. Harbor-area Lind left.", ["Ana Ruiz", "Tomas Lind", "Eva Oakes"]],
    // A hyphenated given name or surname stays ("Dan-el", "Holtz-Eakin").
    ["Dan-el Ruiz spoke. Tomas Holtz-Eakin agreed.", ["Dan-el Ruiz", "Tomas Holtz-Eakin"]],
    // A sentence adverb run into a name; given names that end in "ly" stay.
    ["Tomas Lind spoke. Interestingly Lind agreed. Kelly Ruiz and Beverly Oakes left.", ["Tomas Lind", "Kelly Ruiz", "Beverly Oakes"]],
    // A heading in capitals run into the sentence ("ROLL TIDE Oakdale beat …") is no part of a name;
    // a name in capitals is a name, and one capitalised word alone none.
    ["STORM WATCH Marco Lind said so. FLOOD WATCH Oakdale won. Then JOEL TAMM spoke.", ["Marco Lind", "JOEL TAMM"]],
    // A father and son with one given name are two people; a suffix keeps its stop.
    ["Tomas Lind Jr. spoke. His father, Tomas Lind, agreed.", ["Tomas Lind Jr.", "Tomas Lind"]],
    // A subordinator that opens the sentence is not a first name ("Wherever Ana Ruiz goes").
    ["Wherever Ana Ruiz goes, Whether Tomas Lind agrees or not.", ["Ana Ruiz", "Tomas Lind"]],
  ])("registers the full names in %j", (t, names) => {
    expect(Registry.fromText(t).people().map((p) => p.name).sort()).toEqual([...names].sort());
  });

  it.each([
    // [text, sentence-initial subjects found]
    // "The" and a lower-case word is one subject ("The mayor"), not "The" alone.
    ["Ana Ruiz spoke. The mayor left.\nAs for Tomas Lind, he stayed.", ["Ana Ruiz", "The mayor", "Tomas Lind"]],
    ["The Clinton campaign spoke.", ["The Clinton"]],
    ["he said. But Mr. Lind agreed! then nothing", ["Mr. Lind"]],
  ])("finds the sentence subjects of %j", (t, found) => {
    expect(subjects(t).map((s) => s.split(":").pop())).toEqual(found);
  });
});

describe("tokenize: numbers", () => {
  it.each([
    ["1,300 emails", ["1,300", "emails"]],
    ["$2,400,000 raised", ["$", "2,400,000", "raised"]],
    ["in 2015, 300 more", ["in", "2015", ",", "300", "more"]],
    ["1,3000 cases", ["1", ",", "3000", "cases"]],
    ["Ohio,300", ["Ohio", ",", "300"]],
  ])("a thousands separator stays inside its number: %s", (t, expected) => {
    expect(tokenize(t, { start: 0, end: t.length }).map((x) => x.text)).toEqual(expected);
  });
});
