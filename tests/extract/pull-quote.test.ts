import { describe, expect, it } from "vitest";
import { scanDirect } from "./scan-direct.js";

const HEAD = "Harbour plan goes to a vote\n\nThe council met on Monday to hear the plan for the old harbour and its pier.";
const BODY_QUOTE = "The mayor took questions for an hour. “We will rebuild the pier before the winter comes, and we will pay for it,” said Ana Ruiz, the mayor.";

describe("a quote alone in its paragraph whose words the story has again is a pull quote, not a second quotation (pull-quote.ts)", () => {
  const cases: [string, string, [string, string][]][] = [
    // must trigger: the paragraph alone repeats the body's quote or the narration
    ["a subhead in single marks over the body's quote", `${HEAD}\n\n‘We will rebuild the pier before the winter comes.’\n\n${BODY_QUOTE}`, [["scare", "We will rebuild the pier before the winter comes."], ["direct", "We will rebuild the pier before the winter comes, and we will pay for it,"]]],
    ["a pull quote under the body's, commas aside", `${HEAD}\n\n${BODY_QUOTE}\n\n“We will rebuild the pier before the winter comes and we will pay for it.”`, [["direct", "We will rebuild the pier before the winter comes, and we will pay for it,"], ["scare", "We will rebuild the pier before the winter comes and we will pay for it."]]],
    ["a pull quote left open over its credit line", `${HEAD}\n\n"We will rebuild the pier before the winter comes.\n\nAna Ruiz, mayor."\n\n${BODY_QUOTE}`, [["scare", "We will rebuild the pier before the winter comes."], ["direct", "We will rebuild the pier before the winter comes, and we will pay for it,"]]],
    ["the writer's own sentence set apart in marks", `${HEAD}\n\n“On Sunday the harbour board voted to close the pier.”\n\nOn Sunday the harbour board voted to close the pier. Nobody objected.`, [["scare", "On Sunday the harbour board voted to close the pier."]]],
    ["a short subhead in single marks over the section that quotes it", `${HEAD}\n\n‘A steady captain.’\n\nThe mayor calls herself a “steady captain” who “kept the pier open.”`, [["scare", "A steady captain."], ["direct", "steady captain"], ["direct", "kept the pier open."]]],
    ["two words in straight single marks over the body's quote", `${HEAD}\n\n'Totally committed.'\n\nShe says she is "totally committed" to the pier.`, [["scare", "Totally committed."], ["direct", "totally committed"]]],
    // must not trigger: no second time, too few words, alone twice, or the other time in the headline
    ["a short line in single marks in a story that quotes in single marks", `${HEAD}\n\n‘A steady captain.’\n\nThe mayor calls herself a ‘steady captain’ who ‘kept the pier open’.`, [["direct", "A steady captain."], ["direct", "steady captain"], ["direct", "kept the pier open"]]],
    ["a short line in single marks whose words the story does not have again", `${HEAD}\n\n‘A steady captain.’\n\nThe mayor said she “kept the pier open.”`, [["direct", "A steady captain."], ["direct", "kept the pier open."]]],
    ["two words in double marks said again", `${HEAD}\n\n“Steady captain.”\n\nThe mayor calls herself a “steady captain” who “kept the pier open.”`, [["direct", "Steady captain."], ["direct", "steady captain"], ["direct", "kept the pier open."]]],
    ["a quote alone with its cue before it, said once", `${HEAD}\n\nThe mayor said:\n\n“We will rebuild the pier before the winter comes.”`, [["direct", "We will rebuild the pier before the winter comes."]]],
    ["three words chanted twice", `${HEAD}\n\n“Save the pier!”\n\nThe crowd chanted “Save the pier!” outside.`, [["direct", "Save the pier!"], ["direct", "Save the pier!"]]],
    ["the same words alone in two paragraphs", `${HEAD}\n\nThe mayor said:\n\n“We will rebuild the pier before the winter comes.”\n\nHer deputy said:\n\n“We will rebuild the pier before the winter comes.”`, [["direct", "We will rebuild the pier before the winter comes."], ["direct", "We will rebuild the pier before the winter comes."]]],
    ["the headline repeats the body's quote", "Mayor: ‘We will rebuild the pier before winter’\n\nThe council met on Monday to hear the plan for the old harbour and its pier.\n\nThe mayor said:\n\n“We will rebuild the pier before winter.”", [["scare", "We will rebuild the pier before winter"], ["direct", "We will rebuild the pier before winter."]]],
    ["a piece of a quote over paragraphs", `${HEAD}\n\n“The pier is old. We will rebuild it.\n\n“We will rebuild the pier before the winter comes.\n\n“And we will pay for it,” said Ana Ruiz.\n\nShe added that we will rebuild the pier before the winter comes.`, [["direct", "The pier is old. We will rebuild it."], ["direct", "We will rebuild the pier before the winter comes."], ["direct", "And we will pay for it,"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(scanDirect(text).quotes).toEqual(expected);
  });
});
