import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/index.js";
import { articleFromText } from "../../src/ingest/article.js";
import { parseDocument } from "../../src/ingest/index.js";

/** The quotes found in a made-up text: [kind, words, truncated]. */
function quotes(text: string, includeScare = true): [string, string, boolean][] {
  const a = articleFromText(text);
  return extractQuotes(a)
    .candidates.filter((c) => c.kind !== "indirect" && (includeScare || c.kind !== "scare"))
    .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end), c.truncated]);
}

describe("direct quotes in every mark style", () => {
  const cases: [string, string, string][] = [
    ["curly double", "“The bridge is closed,” the mayor said.", "The bridge is closed,"],
    ["straight double", '"The bridge is closed," the mayor said.', "The bridge is closed,"],
    ["curly single", "‘The bridge is closed,’ the mayor said.", "The bridge is closed,"],
    ["straight single", "'The bridge is closed,' the mayor said.", "The bridge is closed,"],
    ["guillemets", "«The bridge is closed», the mayor said.", "The bridge is closed"],
    ["reversed guillemets", "»The bridge is closed«, the mayor said.", "The bridge is closed"],
    ["German low-high", "„The bridge is closed“, the mayor said.", "The bridge is closed"],
    ["German single low-high", "‚The bridge is closed‘, the mayor said.", "The bridge is closed"],
    ["doubled apostrophes", "''The bridge is closed,'' the mayor said.", "The bridge is closed,"],
    ["TeX and Treebank backticks", "``The bridge is closed,'' the mayor said.", "The bridge is closed,"],
    ["mixed curly and straight", "“The bridge is closed,\" the mayor said.", "The bridge is closed,"],
  ];
  it.each(cases)("%s", (_name, text, words) => {
    expect(quotes(text)).toEqual([["direct", words, false]]);
  });
});

describe("backticks", () => {
  it.each([
    // text, quotes found
    ["two backticks open a quote two apostrophes close", "The chief said: ``We have enough trucks.''", [["direct", "We have enough trucks.", false]]],
    ["the words after the closing marks are no quote", "``We are ready,'' said the mayor, John Smith.", [["direct", "We are ready,", false]]],
    ["one backtick is code or an accent, never a mark", "Type `ls` to list the files, the manual says.", []],
    ["three backticks (a code fence) open nothing", "```\nls -l\n```", []],
  ] as [string, string, [string, string, boolean][]][])("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("an article's headline, as ingest finds it above the story", () => {
  /** [kind, words] of each quote in a plain-text file, read as ingest reads it (title and all). */
  const fileQuotes = (text: string): [string, string][] => {
    const a = parseDocument("story.txt", new TextEncoder().encode(text)).document.articles[0];
    return extractQuotes(a)
      .candidates.filter((c) => c.kind !== "indirect")
      .map((c) => [c.kind, a.text.slice(c.span.start, c.span.end)]);
  };
  const cases: [string, string, [string, string][]][] = [
    [
      "a quote in a sentence-case headline repeats the story's",
      "Mayor: 'We will not move the market'\n\nThe mayor of Eastport spoke on Monday.\n\n“We will not move the market,” Ana Ruiz said.",
      [["scare", "We will not move the market"], ["direct", "We will not move the market,"]],
    ],
    [
      "a headline that ends on a stop, with a dateline under it",
      "Port 'will reopen by spring,' mayor says.\n\nEASTPORT (AP) — The port will reopen by spring, the mayor said.",
      [["scare", "will reopen by spring,"]],
    ],
    [
      "a deck under a headline that ends on a semicolon: its quote is the headline's too",
      "Port stays shut;\nMayor vows to reopen it 'by spring.'\n\nThe mayor of Eastport spoke on Monday.\n\n“We will reopen it by spring,” Ana Ruiz said.",
      [["scare", "by spring."], ["direct", "We will reopen it by spring,"]],
    ],
    [
      "must-not: the story's first paragraph under a headline with no deck",
      "Port stays shut;\n\n“We will reopen it by spring,” Ana Ruiz said on Monday, and the council agreed with her after a long debate.",
      [["direct", "We will reopen it by spring,"]],
    ],
    [
      "a first paragraph that is the story's first sentence is no headline",
      "“We will not move the market,” Ana Ruiz said on Monday.\n\nThe market has stood there since 1902.",
      [["direct", "We will not move the market,"]],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(fileQuotes(text)).toEqual(expected);
  });
});

describe("structure", () => {
  const cases: [string, string, [string, string, boolean][]][] = [
    [
      "nested quote stays inside its quote",
      "“He told me ‘run’ and I ran,” Lena Ortiz said.",
      [["direct", "He told me ‘run’ and I ran,", false]],
    ],
    [
      "a single mark inside a double quote opened within a single one is an apostrophe",
      "And how ‘bout this headline: “Storm alters residents’ routines, lifestyles.” It ran on Monday.",
      [["direct", "Storm alters residents’ routines, lifestyles.", false]],
    ],
    [
      "a single quote around a closed double quote still closes",
      "Ana Ruiz said it plainly: ‘He told me “run” and I ran.’",
      [["direct", "He told me “run” and I ran.", false]],
    ],
    [
      "several sentences in one quote",
      "“We waited. Nobody came. We left at dawn.” Pavel Kline said it twice.",
      [["direct", "We waited. Nobody came. We left at dawn.", false]],
    ],
    [
      "a quote split by its attribution is two quotes",
      "“The river rose fast,” she said. “We had an hour.”",
      [["direct", "The river rose fast,", false], ["direct", "We had an hour.", false]],
    ],
    [
      "a partial quote inside narration",
      "The dam was, in the engineer's words, a “slow disaster.”",
      [["direct", "slow disaster.", false]],
    ],
    [
      "a quote running over paragraphs",
      "“The first part goes here and the paragraph ends open, as print does it,\n\n“and the second part closes it,” said Rosa Lind.",
      [["direct", "The first part goes here and the paragraph ends open, as print does it,", false], ["direct", "and the second part closes it,", false]],
    ],
    [
      "an unclosed quote at the end of the text is truncated",
      "Marta Fenn said: “The water came through the door and then",
      [["direct", "The water came through the door and then", true]],
    ],
    [
      "scare quotes: a word in marks with no speech cue",
      "The town stayed “calm” through the night.",
      [["scare", "calm", false]],
    ],
    [
      "a speech verb that doubles its last consonant (admitted, quipped) is a cue",
      "While Sanders admitted Tuesday that it would be “very hard” for him, Ana Ruiz quipped that it was “a long shot” anyway.",
      [["direct", "very hard", false], ["direct", "a long shot", false]],
    ],
    [
      "a doubled past form of a verb that is not speech is no cue",
      "The team omitted the “inner circle” from the list all year.",
      [["scare", "inner circle", false]],
    ],
    [
      "three or four words in lower case are a partial quotation even with no cue",
      "The mayor decried the council for “turning its back” on the harbour.",
      [["direct", "turning its back", false]],
    ],
    [
      "two words in lower case with no cue stay a scare quote",
      "The town stayed “very calm” through the night.",
      [["scare", "very calm", false]],
    ],
    [
      "\"without saying\" is no speech cue: the words in marks stay a scare quote",
      "It goes without saying that the harbour board dreams of a “Grand Bargain” on fees.",
      [["scare", "Grand Bargain", false]],
    ],
    [
      "a tag's attributes are markup even when they hold long quoted text",
      `<tweet tweet-author="“${"The rate is high and the data are old. ".repeat(12)}”" tweet-date="May 1">The rate is high.</tweet> “We will look again,” said Ana Ruiz.`,
      [["direct", "We will look again,", false]],
    ],
    [
      "a tag that runs over a line break hides its quotes in both paragraphs",
      '<tweet tweet-author="@ana" tweet-date="May 1\n\n">The rate is high.</tweet> “We will look again,” said Ana Ruiz.',
      [["direct", "We will look again,", false]],
    ],
    [
      "a stray < before a quote is no tag",
      "Turnout was < 40 percent, and “nobody came,” said Ana Ruiz.",
      [["direct", "nobody came,", false]],
    ],
    [
      "a one-word exclamation or question is an utterance, even with no cue",
      "The mayor asked who would pay.\n\n“Nobody!”\n\nHer aide wrote back: “Really?”",
      [["direct", "Nobody!", false], ["direct", "Really?", false]],
    ],
    [
      "a one-word title-case word with no stop and no cue stays a scare quote",
      "The crowd held up “Nobody” signs all night.",
      [["scare", "Nobody", false]],
    ],
    [
      "a manner-of-speaking verb (barked, snarled) is a cue",
      "“Sit down,” the chairman barked, and the room went quiet.",
      [["direct", "Sit down,", false]],
    ],
    [
      "words in marks after a predicative 'as' are someone's name for the thing",
      "The council rejected the plan as “reckless” and moved on.",
      [["direct", "reckless", false]],
    ],
    [
      "'as' in a comparison is no predicative 'as'",
      "The mayor stayed as “calm” as ever and left.",
      [["scare", "calm", false]],
    ],
    [
      "lower-case words in marks after an indefinite article are a characterisation",
      "The senator was, by then, a “spent force” in the party.",
      [["direct", "spent force", false]],
    ],
    [
      "capitalised words after an indefinite article stay a scare quote or title",
      "The senator joined a “Unity Tour” in the spring.",
      [["scare", "Unity Tour", false]],
    ],
    [
      "a short quote with a cue is a quotation",
      "“Treason,” he called it.",
      [["direct", "Treason,", false]],
    ],
    [
      "a title in capitals is not a quotation",
      "She watched “The Long Road Home” twice.",
      [["scare", "The Long Road Home", false]],
    ],
    [
      "a programme named after its channel is where something was said, not what",
      "“We will not back down,” Dara Voss told KTV’s “Morning Desk” on Monday.",
      [["direct", "We will not back down,", false], ["scare", "Morning Desk", false]],
    ],
    [
      "a one-word programme title after a possessive, even beside a speech verb",
      "Ines Patel said on Sunday’s “Roundtable,” that the count was wrong.",
      [["scare", "Roundtable,", false]],
    ],
    [
      "a book after its author's role",
      "“Prices will fall,” said Tom Reyes, author of “The Grain Trade.”",
      [["direct", "Prices will fall,", false], ["scare", "The Grain Trade.", false]],
    ],
    [
      "a title after the kind of work it names, even with a stop inside the marks",
      "Lena Ortiz, star of the reality show “Home Rules.”, said on the podcast “Late Shift” that she would run.",
      [["scare", "Home Rules.", false], ["scare", "Late Shift", false]],
    ],
    [
      "a programme title after the broadcast it names",
      "On this week’s broadcast of “Harbor Talk,” Gov. Ada Lind said the port would reopen.",
      [["scare", "Harbor Talk,", false]],
    ],
    [
      "a programme title before the kind of broadcast it is",
      "Callers to his “Straight Ahead” radio program said they would vote.",
      [["scare", "Straight Ahead", false]],
    ],
    [
      "title-case words before a noun that is no broadcast stay a quotation when a cue is near",
      "“Never Again” rally organisers said the march would go ahead.",
      [["direct", "Never Again", false]],
    ],
    [
      "a programme right after 'said on' is where something was said",
      "“The count is wrong,” Ines Patel said on “Harbor Morning.”",
      [["direct", "The count is wrong,", false], ["scare", "Harbor Morning.", false]],
    ],
    [
      "a programme after 'an appearance Friday on' or 'an interview with'",
      "In an appearance Friday on “Capitol Desk,” Rep. Aldo Brandt said the bill was dead. In an interview with “Sunday Square,” Tom Reyes said the mill would reopen.",
      [["scare", "Capitol Desk,", false], ["scare", "Sunday Square,", false]],
    ],
    [
      "two title-case words right after 'told' name the programme told",
      "Dara Voss told “Night Ledger” the vote was close.",
      [["scare", "Night Ledger", false]],
    ],
    [
      "lower-case words after 'said on' are still a quotation",
      "The mayor said on “day one” the bridge would open.",
      [["direct", "day one", false]],
    ],
    [
      "a sentence after 'told' and a comma is still a quotation",
      "The mayor told reporters, “We Will Rebuild.”",
      [["direct", "We Will Rebuild.", false]],
    ],
    [
      "a show named in an actor's credit or before the star or host it names",
      "Lena Ortiz, who starred in “Harbor Lights,” said she would run. The “Cold Lake” star posted a message, and a “Daily Ledger” host said the poll was wrong.",
      [["scare", "Harbor Lights,", false], ["scare", "Cold Lake", false], ["scare", "Daily Ledger", false]],
    ],
    [
      "title-case words, a comma and then 'host' are a quotation",
      "“Thank You,” host Ana Ruiz said.",
      [["direct", "Thank You,", false]],
    ],
    [
      "words printed on an item, the words to click and a pen name are labels",
      "Fans in “Vote Lind” hats lined the street, Ana Ruiz said. To join, click “sign me up” at the bottom, she said. He posted under the pseudonym “Night Owl” for years, his lawyer said.",
      [["scare", "Vote Lind", false], ["scare", "sign me up", false], ["scare", "Night Owl", false]],
    ],
    [
      // (The patterns are tried only on a window that ends in a letter their words can end in: these
      // end in a capital, a comma and the long s that a case-blind match reads as an s.)
      "the words to click, a pen name and a programme are read whatever their case and a comma after",
      "To join, CLICK ON THE “sign me up” button, she said. He posted under the pen name, “Night Owl” for years, his lawyer said. She spoke Monday ON “Morning Shift” about it, an aide said. He wrote under the aliaſ “Sea Lion” then, she said.",
      [["scare", "sign me up", false], ["scare", "Night Owl", false], ["scare", "Morning Shift", false], ["scare", "Sea Lion", false]],
    ],
    [
      "words in marks after a word that ends like a click word are a quotation",
      "She said the plan would “stay on course” this year, and added the mayor “can tap into” the fund.",
      [["direct", "stay on course", false], ["direct", "can tap into", false]],
    ],
    [
      "a sentence in marks before an item noun in the next sentence is still a quotation",
      "“We won.” T-shirts appeared the next day, a party official said.",
      [["direct", "We won.", false]],
    ],
    [
      "words in marks after 'handle' are a quotation",
      "The senator can handle “a lot of pressure,” her aide said.",
      [["direct", "a lot of pressure,", false]],
    ],
    [
      "a nickname between a person's name parts",
      "Rep. Tobias J. “Toby” Marsh and Marta “Tita” Olsen said the vote was close.",
      [["scare", "Toby", false], ["scare", "Tita", false]],
    ],
    [
      "a nickname after a first name with a capital or a combining accent inside",
      "Mayor Jose\u0301 “Pepe” Garza and Rep. DeAndre “Dee” Moss said the vote was close.",
      [["scare", "Pepe", false], ["scare", "Dee", false]],
    ],
    [
      "a capitalised word in marks before a sentence word is not a nickname",
      "The series began on Monday. Ana Ruiz said she Felt “Invisible” As A Child.",
      [["direct", "Invisible", false]],
    ],
    [
      "a word in marks after a sentence word is not a nickname",
      "He said the plan was “Dead” Monday and the “Crooked” Deal was off.",
      [["direct", "Dead", false], ["direct", "Crooked", false]],
    ],
    [
      "a paragraph of title-case words in single marks is a section heading",
      "The mill closed in May, the mayor said.\n\n‘Coal Isn’t the Villain.’\n\nIt was raining.",
      [["scare", "Coal Isn’t the Villain.", false]],
    ],
    [
      "a paragraph of a sentence in single marks is still a quotation",
      "The mill closed in May.\n\n‘We will be back next year.’\n\nIt was raining.",
      [["direct", "We will be back next year.", false]],
    ],
    [
      "a shout in double marks alone on its line is still a quotation",
      "Do we give up? she asked.\n\n“Nooooo!”\n\nThe crowd roared.",
      [["direct", "Nooooo!", false]],
    ],
    [
      "a title after a channel's possessive, with a speech verb beside it",
      "On the network’s “Morning Ledger,” Rep. Aldo Brandt said the bill was dead.",
      [["scare", "Morning Ledger,", false]],
    ],
    [
      "after a work noun, a sentence in marks is still a quotation",
      "In his book “We Lost the Harbor. Then We Lost the Town,” Ivo Marsh said the mill closed.",
      [["direct", "We Lost the Harbor. Then We Lost the Town,", false]],
    ],
    [
      "after a work noun, words in lower case are a quotation",
      "Workers in the film “never saw a dime,” Ana Ruiz wrote.",
      [["direct", "never saw a dime,", false]],
    ],
    [
      "after a possessive, a whole sentence in marks is still a quotation",
      "The mayor’s “We are not leaving!” became the slogan, Ana Ruiz said.",
      [["direct", "We are not leaving!", false]],
    ],
    [
      "after a possessive, words in lower case are a quotation",
      "The council’s “temporary closure” lasted a year, the mayor said.",
      [["direct", "temporary closure", false]],
    ],
    [
      "an opening mark at a sentence start while a quote is open ends it and opens a new one",
      "Ana Ruiz said the mayor “told us to wait. We waited all night. “Then he said, ‘Go home,’” Ana Ruiz said.",
      [["direct", "told us to wait. We waited all night.", false], ["direct", "Then he said, ‘Go home,’", false]],
    ],
    [
      "an opening mark mid-sentence inside an open quote nests",
      "“He called the plan “a disgrace” and left,” Ana Ruiz said.",
      [["direct", "He called the plan “a disgrace” and left,", false]],
    ],
    [
      "a sentence-start mark inside a single quote is a nested quote",
      "Ana Ruiz said: ‘He wrote it down. “We will rebuild,” he wrote.’",
      [["direct", "He wrote it down. “We will rebuild,” he wrote.", false]],
    ],
    [
      "an excerpt after a From … writing at …: lead-in is text; the quotes inside it are the quotes",
      'From Jane Doe writing at The Daily Planet:\n\n"The council met late into the night.\n\n"The mayor said, “We will rebuild.” Then he left.\n\nRead the rest at The Daily Planet.',
      [["direct", "We will rebuild.", false]],
    ],
    [
      "a closed quote in an excerpt is still a quote",
      "From Jane Doe writing at The Daily Planet:\n\n“We will rebuild,” the mayor said on Monday.",
      [["direct", "We will rebuild,", false]],
    ],
    [
      "an unclosed paragraph after any other colon lead-in stays a quote",
      'The council said in a statement:\n\n"The council met late into the night.\n\nRead the rest at The Daily Planet.',
      [["direct", "The council met late into the night.", false]],
    ],
    [
      "a paragraph without a mark ends the excerpt",
      'From Bloomberg:\n\n"The council met late into the night.\n\nThe mayor spoke next.\n\n"We will rebuild the bridge this year.\n\nRead the rest at Bloomberg.',
      [["direct", "We will rebuild the bridge this year.", false]],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("apostrophes are not quote marks", () => {
  const cases: [string, string, [string, string, boolean][]][] = [
    ["inside words", "The mayor’s office said they weren’t ready and Ana’s car wasn’t there.", []],
    ["plural possessive", "The teachers’ union met; the Smiths’ house burned.", []],
    ["elision", "It was the ’90s and rock ’n’ roll was loud.", []],
    ["straight apostrophes", "The mayor's office said they weren't ready.", []],
    [
      "apostrophes inside a quote",
      "“We weren’t told and the council’s plan wasn’t shared,” Ivo Brandt said.",
      [["direct", "We weren’t told and the council’s plan wasn’t shared,", false]],
    ],
    [
      "a single-quoted phrase beside possessives",
      "The mayor’s aide called it ‘a mess’ in the council’s report, he said.",
      [["direct", "a mess", false]],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("apostrophes inside a quote in single marks (British style) do not end it", () => {
  const cases: [string, string, [string, string, boolean][]][] = [
    // must trigger: a decade's or a word's elision, a plural possessive before the noun it qualifies
    [
      "a decade",
      "'We have lived here since the '80s,' said Mr Brown. 'Never seen anything like it.'",
      [["direct", "We have lived here since the '80s,", false], ["direct", "Never seen anything like it.", false]],
    ],
    ["a curly decade", "‘It was worse in the ‘90s,’ she said.", [["direct", "It was worse in the ‘90s,", false]]],
    ["a word's elision", "'We will fight 'em on the beaches,' he said.", [["direct", "We will fight 'em on the beaches,", false]]],
    ["a plural possessive", "'The Joneses' house was hit first,' she said.", [["direct", "The Joneses' house was hit first,", false]]],
    ["a curly plural possessive", "‘The workers’ union will strike,’ said Ms Hill. ‘We are ready.’", [["direct", "The workers’ union will strike,", false], ["direct", "We are ready.", false]]],
    [
      "a plural possessive before a noun that is also a speech verb",
      "'I will not say,' he said, 'whether the Smiths' offer stands.'",
      [["direct", "I will not say,", false], ["direct", "whether the Smiths' offer stands.", false]],
    ],
    // must not trigger: a mark after s that closes the quote, a number that opens one
    ["closing after s", "'We lost the votes' said Hill, 'and the seats.'", [["direct", "We lost the votes", false], ["direct", "and the seats.", false]]],
    ["a quote that opens with a number", "'80 people have left,' the officer said.", [["direct", "80 people have left,", false]]],
    ["a term in single marks after s", "He called the plans 'reckless' and the costs 'huge' on Monday.", [["direct", "reckless", false], ["direct", "huge", false]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("quote text and offsets", () => {
  it("every candidate's span lies inside its marks and the text", () => {
    const text = "“One,” said Dana Holt. “Two.” Then: ‘three’ and «four», he added.";
    const a = articleFromText(text);
    for (const c of extractQuotes(a).candidates) {
      expect(c.outer.start).toBeLessThanOrEqual(c.span.start);
      expect(c.span.end).toBeLessThanOrEqual(c.outer.end);
      expect(c.outer.end).toBeLessThanOrEqual(a.text.length);
    }
  });

  it("quotes in a headline are kept apart like scare quotes", () => {
    const text = "Flood Victims Say ‘We Lost Everything’\n\n“We lost everything,” said Ola Berg, a farmer near the river, on Monday.";
    expect(quotes(text)).toEqual([
      ["scare", "We Lost Everything", false],
      ["direct", "We lost everything,", false],
    ]);
  });
});

describe("transcript speaker labels", () => {
  const labelOf = (text: string): [string, string | null][] => {
    const a = articleFromText(text);
    return extractQuotes(a)
      .candidates.filter((c) => c.kind === "direct")
      .map((c) => [a.text.slice(c.span.start, c.span.end), c.labelSpan ? a.text.slice(c.labelSpan.start, c.labelSpan.end) : null]);
  };
  const cases: [string, string, [string, string | null][]][] = [
    ["a label in capitals opens the turn; the words start after it", "Transcript:\n\n“REYES: Will the port reopen?\n\n“ADA LIND: It will, by June.”", [["Will the port reopen?", "REYES"], ["It will, by June.", "ADA LIND"]]],
    ["initials and hyphens belong to the label", "“T.J. KING-SMITH: We are ready,” the transcript reads.", [["We are ready,", "T.J. KING-SMITH"]]],
    ["a kind of material is no speaker", "“VIDEO: The port will reopen,” Ada Lind said.", [["VIDEO: The port will reopen,", null]]],
    ["a name in mixed case with a colon is part of the words", "“Reyes: the port will reopen,” Ada Lind said.", [["Reyes: the port will reopen,", null]]],
    ["a label with nothing after it is left as it is", "He wrote “NOTE:” on the page, Ada Lind said, and “LIND:” on the next.", [["NOTE:", null], ["LIND:", null]]],
    // A tweet's signature after the words ("” — Name (@handle)", "” — @handle on Twitter"): the capitals open its headline.
    ["a tweet's headline is no speaker (signed with a name and handle)", "Tom Reyes posted a picture:\n\n“PIC: The crowd fills half the hall.” — Tom Reyes (@treyes) March 9, 2016", [["PIC: The crowd fills half the hall.", null]]],
    ["a tweet's headline is no speaker (signed with the handle alone)", "“POSSIBLE SUSPECT: A man in a red coat left the building.” — @citydesk on Twitter on December 2, 2015.", [["POSSIBLE SUSPECT: A man in a red coat left the building.", null]]],
    ["not: a dash credit with no handle keeps the label", "“REYES: Will the port reopen?” — from the hearing's transcript", [["Will the port reopen?", "REYES"]]],
    ["not: a handle later in the sentence, after other words, keeps the label", "“REYES: Will the port reopen?” he asked, and @citydesk posted it.", [["Will the port reopen?", "REYES"]]],
    ["not: a handle beyond the signature's reach keeps the label", `“REYES: Will the port reopen?” — ${"a very long aside ".repeat(6)}@citydesk`, [["Will the port reopen?", "REYES"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(labelOf(text)).toEqual(expected);
  });
});
