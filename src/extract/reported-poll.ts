import type { Span } from "../model/index.js";
import type { Source } from "./reported-source.js";
import { type Sentence, clauseIn, content } from "./reported-sentence.js";
import { tokenAt } from "./reported-text.js";

/**
 * Poll answers. A share of respondents as the source ("47 percent said ...", "Nearly half said ...", "one in four
 * said ...") gives one answer to a survey's question: a clause. What the reporter sets after it, past a comma, is the
 * poll's next figure or a comparison ("..., however this time around that number has dropped to 35 percent", "...,
 * about the same number who said the party truly cares", "..., with similar levels of certainty among ..."), not
 * the respondents' words.
 */

/** A source that is a share of a group: a percentage, a fraction, "N in M", "most", "all but N". */
const SHARE_SOURCE =
  /^(?:(?:about|nearly|almost|some|only|just|more than|fewer than|less than|roughly|over|under)\s+)?(?:\d+(?:\.\d+)?(?:\s?percent\b|%)|(?:half|a third|a quarter|a majority|most)\b|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|of)\s+(?:\d+|ten|three|four|five)\b|all but\b)/iu;

/** Words that may open a share ("47", "Nearly", "half", "one", "most", "all"): the cheap precheck before the regex. */
const SHARE_FIRST = /^(?:\d|about|nearly|almost|some|only|just|more|fewer|less|roughly|over|under|half|a|most|one|two|three|four|five|six|seven|eight|nine|all)/iu;

/** Words after the answer's comma that open the reporter's comparison or note on the figure. */
const POLL_GLOSS = /^(?:however|with|about|when|while|whereas|after|before|since|despite|even|though|although|compared|up|down|than|according|roughly|nearly|almost|just)$/;

/** Whether the stretch from token `a` to the next comma or `end` holds a figure ("20 percent", "34%"). */
function figureNext(s: Sentence, a: number, end: number): boolean {
  const { toks } = s;
  for (let k = a; k < toks.length && toks[k].start < end && toks[k].text !== ","; k++) {
    if (/^\d[\d.]*%$/.test(toks[k].text) || (/^\d/.test(toks[k].text) && toks[k + 1]?.lower === "percent")) return true;
  }
  return false;
}

/** Whether the source is a share of a group ("47 percent", "Six in 10", "Nearly half of voters"). */
export function shareSource(s: Sentence, src: Source | null): boolean {
  if (!src) return false;
  const text = s.text.slice(src.source.start - s.span.start, Math.min(src.source.end, src.source.start + 60) - s.span.start);
  return SHARE_FIRST.test(text) && SHARE_SOURCE.test(text);
}

/**
 * A share's answer ends at the first comma after a whole clause ("they would vote for Clinton, however ..."). Not
 * at a comma inside a list ("the economy, health care and jobs were ..."), whose first part is no clause, nor
 * before a second clause of the same answer ("it was not, and that the two nations ...").
 */
export function pollAnswer(s: Sentence, body: Span, src: Source | null): Span {
  if (!shareSource(s, src)) return body;
  const { toks } = s;
  const bs = tokenAt(toks, body.start);
  if (bs < 0) return body;
  for (let k = bs + 2; k < toks.length - 1 && toks[k].start < body.end; k++) {
    if (toks[k].text !== ",") continue;
    if (/^(?:and|but|or)$/.test(toks[k + 1].lower) && toks[k + 2]?.lower === "that") return body;
    if (!clauseIn(s, s.text.slice(body.start - s.span.start, toks[k].start - s.span.start))) continue;
    // (Only before a comparison or another figure: "say they want lower taxes, fewer rules and better roads" goes on
    // with the answer's own list.)
    if (!(POLL_GLOSS.test(toks[k + 1].lower) || figureNext(s, k + 1, body.end))) return body;
    return content(s, bs, k) ?? body;
  }
  return body;
}
