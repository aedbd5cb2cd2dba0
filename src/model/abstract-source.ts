/**
 * Descriptions credited with words that name no one who could be left unnamed: an abstract thing
 * ("history says", "a trend that the foundation predicts will continue", "a gaffe by …
 * suggested") or a gathering that speaks as many ("the crowd chanted", "the audience", "neither
 * side would say so", "the chorus of detractors"). The cross-source stage types the first unknown
 * and the second a group, where it would otherwise type an unnamed source, whose check asks why a
 * person is not named. Read on PolNeAR train: "history", "a trend", "a disappointment",
 * "standard", "a gaffe by …", "her apparent left-wing bias", "the crowd", "her team" were
 * anonymous-source findings. General English only; a document ("the report", "the law") is
 * document-source.ts's. Pure.
 */

/** Abstract nouns: no person, body or writing. */
const ABSTRACT_HEADS: ReadonlySet<string> = new Set([
  "history", "idea", "ideas", "notion", "concept", "trend", "trends", "theory", "logic", "wisdom", "experience",
  "tradition", "disappointment", "standard", "gaffe", "bias", "issue", "feeling", "sentiment", "reality", "truth",
  "science", "precedent", "thinking", "momentum", "mood",
]);

/** Nouns for a gathering or a side that speaks as many people at once. */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set([
  "crowd", "crowds", "audience", "audiences", "mob", "chorus", "congregation", "throng", "public", "team", "side", "electorate", "community",
]);

/** Words that end a description's head noun phrase ("a gaffe by …", "the chorus of detractors"). */
const HEAD_ENDS: ReadonlySet<string> = new Set(["of", "by", "for", "from", "in", "on", "at", "about", "with", "that", "which", "who", "whom", "whose", "to"]);

/**
 * The description's head noun in lower case: the last word before what it is of or by, or before
 * a bracket ("a resonant issue (the anti-Washington feeling"); none where that word is written with
 * a capital, as a name's is, unless it opens the name alone ("History says").
 */
function headOf(description: string): string | null {
  const words = description.trim().split(/\s+/).filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && (w.startsWith("(") || HEAD_ENDS.has(w.toLowerCase())));
  const at = (cut > 0 ? cut : words.length) - 1;
  if (at < 0) return null;
  const head = words[at].replace(/[,;:.)"“”]+$/u, "");
  if (!/^\p{Ll}/u.test(head) && !(at === 0 && words.length === 1)) return null;
  return head.toLowerCase();
}

/** The type a description of no one is read as: "unknown" for an abstract thing, "group" for a gathering; null for any other. */
export function abstractSourceType(description: string): "unknown" | "group" | null {
  const head = headOf(description);
  if (head === null) return null;
  if (ABSTRACT_HEADS.has(head)) return "unknown";
  if (COLLECTIVE_HEADS.has(head)) return "group";
  return null;
}
