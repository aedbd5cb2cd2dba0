/**
 * Words with which a story puts a saying on another occasion than the one told before it ("he
 * later said", "she subsequently told", "on another occasion", "weeks later"). Two stages read them:
 * attribution, so that a follow-on quote whose cue says so does not take the earlier quote's outlet,
 * medium and day (attribute/other-occasion.ts), and the cross-source stage, so that two wordings
 * of one speaker told as two occasions are no altered quote (align/occasions.ts). One list, so the
 * two stages cannot drift apart; here, because align may not read a stage.
 *
 * A pattern source in lower case, as the words stand after a source ("he later said"), with no
 * nested quantifiers (linear on any text); each reader adds its own word boundaries and flags.
 */
export const OTHER_TIME = String.raw`(?:later|afterwards?|subsequently|since then|on another occasion|at another point|(?:days|weeks|months|years|a day|a week|a month|a year|the next day|the following day|the next morning) (?:later|after))`;
