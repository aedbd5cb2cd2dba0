/**
 * Whether "the paper" credited with words is a newspaper (an organisation) rather than a paper
 * written (a document): its article speaks of a newspaper ("the nationalist Global Times tabloid
 * noted … As the paper noted") and of no paper written ("a white paper", "a working paper", "the
 * paper's authors", "published a paper"). The document reading stays where the article tells
 * neither. Two bounded regular-expression scans of the article, each after an includes on its text in
 * lower case: the patterns ignore case ("a WHITE PAPER" in a headline, "the Editorial Board"), so a
 * precheck that did not skipped texts they match. Linear. Pure.
 */
export function meansNewspaper(name: string, articleText: string): boolean {
  if (!/^(?:the\s+)?paper$/iu.test(name.trim())) return false;
  // Only for a speaker named "the paper", once a cluster: one copy of its article is cheap.
  const lower = articleText.toLowerCase();
  if (WRITTEN_WORDS.some((w) => lower.includes(w)) && WRITTEN_PAPER.test(articleText)) return false;
  return NEWSPAPER_WORDS.some((w) => lower.includes(w)) && NEWSPAPER.test(articleText);
}

/** A paper someone wrote: a kind of paper before it, its authors, publishing or presenting one. */
const WRITTEN_PAPER =
  /\b(?:white|working|research|position|policy|discussion|academic|scientific|briefing|background|green|term|conference)\s+papers?\b|\bpapers?['’]s?\s+(?:authors?|co-authors?|findings)\b|\b(?:published|wrote|presented|released)\s+(?:a|the)\s+paper\b/iu;
/** In lower case, for the text in lower case: every match of WRITTEN_PAPER holds it. */
const WRITTEN_WORDS = ["paper"];

/** A newspaper named by its kind. */
const NEWSPAPER = /\b(?:newspapers?|tabloids?|broadsheets?|dailies|editorial board)\b/iu;
/** In lower case, for the text in lower case: every word NEWSPAPER matches holds one. */
const NEWSPAPER_WORDS = ["newspaper", "tabloid", "broadsheet", "dailies", "editorial board"];
