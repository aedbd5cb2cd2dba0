import type { Quote } from "../../model/index.js";
import type { CheckRule } from "../types.js";
import { articleById, quotePlace, spokenQuotes, wordsAfterLabel } from "../quote-place.js";
import { anaphoric, asWrittenAtCredit, namedBy, namedInPassing, namedInApposition, quotedPeopleByArticle, relativeOfNamed } from "../named-description.js";
import { headlineSource } from "../headline-source.js";
import { isDocumentSource } from "../../model/document-source.js";
import { abstractSourceType } from "../../model/abstract-source.js";
import { PRONOUN_CREDITS } from "./no-speaker.js";

/**
 * A credit that is a pronoun alone ("according to her", "told him") that attribution tied to no
 * name: no source left unnamed by the story, which names the person nearby; tying the pronoun is
 * the engine's failure, which no-speaker's pronoun credits say. Read on PolNeAR train: "her" and
 * "him" were two anonymous-source findings so.
 */
const isPronounOnly = (q: Quote): boolean => {
  const credit = (q.speaker ?? q.mention)?.trim().toLowerCase();
  return !!credit && credit.length <= 4 && PRONOUN_CREDITS.some((p) => p.pronouns.has(credit));
};

export const anonymousSource: CheckRule = {
  id: "anonymous-source",
  description: "a quotation credited to an unnamed source (\"one local resident\", \"an official\")",
  severity: "info",
  run: ({ report }) => {
    const quoted = quotedPeopleByArticle(report);
    // The quotes whose speaker the cross-source stage typed a document (its cluster's name: "the
    // report" an article calls "a congressional report"); a quote's own words are read too, for a
    // report checked without its speakers lined up.
    const documents = new Set(report.speakers.filter((s) => s.type === "document").flatMap((s) => s.quoteIds));
    const isDocument = (q: Quote) => documents.has(q.id) || (q.speaker !== null && (isDocumentSource(q.speaker) || abstractSourceType(q.speaker) !== null));
    const lower = new Map<string, string>();
    const named = (q: Quote) => {
      const text = articleById(report, q.articleId)?.text ?? "";
      if (!lower.has(q.articleId)) lower.set(q.articleId, text.toLowerCase());
      const people = { text, lower: lower.get(q.articleId)!, quoted: quoted.get(q.articleId) ?? [] };
      // "Wisconsin Republican" credited where the text says "the Wisconsin Republican" is read so.
      const written = asWrittenAtCredit(q, text);
      // "The woman" a story names "Caroline" is named, if by first name only.
      return namedBy(written, people).length > 0 || anaphoric(written, people) || namedInPassing(written, people) || relativeOfNamed(q, people) || namedInApposition(q, text);
    };
    const inHeadline = (q: Quote) => {
      const a = articleById(report, q.articleId);
      return !!a && headlineSource(q, a) !== null;
    };
    return spokenQuotes(report)
      // "the president" in an article that writes "President Obama" is Obama, not an unnamed source;
      // nor is "the retired neurosurgeon" that nothing brought in unnamed (named-description: anaphoric).
      // A headline's "Senator from Texas says" is the story's subject, whom the story names.
      // A report, a memo or an email is a document source, no person left unnamed (document-source);
      // nor is an abstract thing ("history says") or a gathering ("the crowd chanted"; abstract-source).
      // A pronoun alone ("according to her") is a person the story names, whom attribution did not tie.
      // A relative of someone the story names ("her husband", "Schilling's son") is told by that tie;
      // a description the story names in apposition ("Clinton's introducer, actress Jamie Lee Curtis") is named.
      .filter((q) => q.speakerType === "anonymous" && !isPronounOnly(q) && !isDocument(q) && !named(q) && !inHeadline(q))
      .map((q) => ({
        ...quotePlace(q),
        quoteId: q.id,
        message: `anonymous source (${q.speaker ?? q.mention ?? "unnamed"})${wordsAfterLabel(q.kind, q.text)}; make sure the story says why the source is not named`,
      }));
  },
};
