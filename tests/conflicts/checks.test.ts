import { describe, expect, it } from "vitest";
import type { Article, FindingKind, Quote } from "../../src/model/index.js";
import { analyse, article, ofKind, quote } from "./fixtures.js";

/**
 * Each conflict check with cases that must and must not trigger it. The stories are made up
 * (a flood in Riverton, a strike at a Kestrel plant, fighting near Dornach) and told by two or
 * three outlets, as a fact-checker would collect them.
 */
type Case = { name: string; kind: FindingKind; triggers: boolean; build: () => { articles: Article[]; quotes: Quote[] } };

const flood = (outlet: string, id: string, body: string, date: string | null = "2024-04-03") =>
  article(id, outlet, date, `RIVERTON — The river burst its banks in Riverton overnight. ${body} Officials in Riverton said more rain was expected.`);

const cases: Case[] = [
  // numbers
  {
    name: "casualty counts that differ between outlets",
    kind: "number",
    triggers: true,
    build: () => {
      const a = flood("Daily Courier", "courier", "“At least 12 people were killed in the flooding,” Mayor Jane Porter said.");
      const b = flood("Valley Herald", "herald", "“Three people were killed when the water came,” police chief Tom Reyes said.");
      return { articles: [a, b], quotes: [quote(a, "At least 12 people were killed in the flooding,", "Jane Porter"), quote(b, "Three people were killed when the water came,", "Tom Reyes")] };
    },
  },
  {
    name: "counts that agree within tolerance",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“About 200 people were evacuated from the east bank,” Mayor Jane Porter said.");
      const b = flood("Valley Herald", "herald", "“Some 210 people were evacuated overnight,” police chief Tom Reyes said.");
      return { articles: [a, b], quotes: [quote(a, "About 200 people were evacuated from the east bank,", "Jane Porter"), quote(b, "Some 210 people were evacuated overnight,", "Tom Reyes")] };
    },
  },
  {
    name: "numbers of different things",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“Two bridges were destroyed by the flood,” Mayor Jane Porter said.");
      const b = flood("Valley Herald", "herald", "“Forty homes were destroyed by the flood,” police chief Tom Reyes said.");
      return { articles: [a, b], quotes: [quote(a, "Two bridges were destroyed by the flood,", "Jane Porter"), quote(b, "Forty homes were destroyed by the flood,", "Tom Reyes")] };
    },
  },
  {
    name: "the same count of the same people but doing different things",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“About four people came with me,” a volunteer said.");
      const b = flood("Valley Herald", "herald", "“Several dozen people were rescued from roofs,” police chief Tom Reyes said.");
      return { articles: [a, b], quotes: [quote(a, "About four people came with me,", "unnamed volunteer", { type: "anonymous" }), quote(b, "Several dozen people were rescued from roofs,", "Tom Reyes")] };
    },
  },
  {
    name: "undated articles: counts with one word in common are not one count",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "Ann Lee said “Republicans now control both chambers in 30 states,” in Riverton.", null);
      const b = flood("Valley Herald", "herald", "Tom Reyes said “Republican primary voters in all five states feel betrayed,” in Riverton.", null);
      return { articles: [a, b], quotes: [quote(a, "Republicans now control both chambers in 30 states,", "Ann Lee"), quote(b, "Republican primary voters in all five states feel betrayed,", "Tom Reyes")] };
    },
  },
  {
    name: "undated articles: the same count with two words in common, one beside the number",
    kind: "number",
    triggers: true,
    build: () => {
      const a = flood("Daily Courier", "courier", "“At least 12 people were killed in the Riverton flooding,” Mayor Jane Porter said.", null);
      const b = flood("Valley Herald", "herald", "“Three people were killed in the Riverton flooding,” police chief Tom Reyes said.", null);
      return { articles: [a, b], quotes: [quote(a, "At least 12 people were killed in the Riverton flooding,", "Jane Porter"), quote(b, "Three people were killed in the Riverton flooding,", "Tom Reyes")] };
    },
  },
  {
    name: "poll margins, durations and sums are measures, not counts",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“The levy leads by 12 points and raised 3 million dollars in nine months,” Mayor Jane Porter said.");
      const b = flood("Valley Herald", "herald", "“The levy leads by 4 points and raised 8 million dollars in two months,” police chief Tom Reyes said.");
      return { articles: [a, b], quotes: [quote(a, "The levy leads by 12 points and raised 3 million dollars in nine months,", "Jane Porter"), quote(b, "The levy leads by 4 points and raised 8 million dollars in two months,", "Tom Reyes")] };
    },
  },
  {
    name: "a number before a preposition or a participle counts nothing ('13 for Porter', '$1 million supporting her')",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“The council cast 13 for Porter and spent 1 million supporting her,” Mayor Jane Porter said.");
      const b = flood("Valley Herald", "herald", "“The council cast 31 for Porter and spent 5 million supporting her,” police chief Tom Reyes said.");
      return { articles: [a, b], quotes: [quote(a, "The council cast 13 for Porter and spent 1 million supporting her,", "Jane Porter"), quote(b, "The council cast 31 for Porter and spent 5 million supporting her,", "Tom Reyes")] };
    },
  },
  {
    name: "two counts in both claims: each source gives the other's figure too",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“Some 40 people were rescued, far fewer than the 90 people rescued in 2019,” Mayor Jane Porter said.");
      const b = flood("Valley Herald", "herald", "“About 90 people were rescued in 2019, and 40 people were rescued this time,” police chief Tom Reyes said.");
      return { articles: [a, b], quotes: [quote(a, "Some 40 people were rescued, far fewer than the 90 people rescued in 2019,", "Jane Porter"), quote(b, "About 90 people were rescued in 2019, and 40 people were rescued this time,", "Tom Reyes")] };
    },
  },
  {
    name: "a number glued to its noun by a hyphen describes the noun ('a 20-second clip', 'a 30-second clip')",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", '“They aired a 20-second clip of the levee,” Mayor Jane Porter said.', "2024-04-03");
      const b = flood("Valley Herald", "herald", '“They aired a 30-second clip of the levee,” police chief Tom Reyes said.', "2024-04-03");
      return { articles: [a, b], quotes: [quote(a, 'They aired a 20-second clip of the levee,', "Jane Porter"), quote(b, 'They aired a 30-second clip of the levee,', "Tom Reyes")] };
    },
  },
  {
    name: 'the first two towns and the first four towns pick from a list; they count nothing',
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", '“The water reached the first two towns on the river by noon,” Mayor Jane Porter said.', "2024-04-03");
      const b = flood("Valley Herald", "herald", '“The water reached the first four towns on the river by noon,” police chief Tom Reyes said.', "2024-04-03");
      return { articles: [a, b], quotes: [quote(a, 'The water reached the first two towns on the river by noon,', "Jane Porter"), quote(b, 'The water reached the first four towns on the river by noon,', "Tom Reyes")] };
    },
  },
  {
    name: "a threshold ('the 300 sandbags needed', 'need a minimum of 40 sandbags') is no count",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", '“We filled the 300 sandbags needed to hold the levee,” Mayor Jane Porter said.', "2024-04-03");
      const b = flood("Valley Herald", "herald", '“Each street would need a minimum of 40 sandbags to hold the levee,” police chief Tom Reyes said.', "2024-04-03");
      return { articles: [a, b], quotes: [quote(a, 'We filled the 300 sandbags needed to hold the levee,', "Jane Porter"), quote(b, 'Each street would need a minimum of 40 sandbags to hold the levee,', "Tom Reyes")] };
    },
  },
  {
    name: 'a count placed in a town the other story never names is another event',
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", '“In Millbrook, 30 people were killed by the flood in 2019,” Mayor Jane Porter said.', "2024-04-03");
      const b = flood("Valley Herald", "herald", '“Three people were killed by the flood,” police chief Tom Reyes said.', "2024-04-03");
      return { articles: [a, b], quotes: [quote(a, 'In Millbrook, 30 people were killed by the flood in 2019,', "Jane Porter"), quote(b, 'Three people were killed by the flood,', "Tom Reyes")] };
    },
  },
  {
    name: 'a count placed in the town both stories are about still disagrees',
    kind: "number",
    triggers: true,
    build: () => {
      const a = flood("Daily Courier", "courier", '“In Riverton, 30 people were killed by the flood,” Mayor Jane Porter said.', "2024-04-03");
      const b = flood("Valley Herald", "herald", '“Three people were killed by the flood,” police chief Tom Reyes said.', "2024-04-03");
      return { articles: [a, b], quotes: [quote(a, 'In Riverton, 30 people were killed by the flood,', "Jane Porter"), quote(b, 'Three people were killed by the flood,', "Tom Reyes")] };
    },
  },
  {
    name: 'a count from last November against one from this week: different days, different events',
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", '“The storm last November killed 30 people along the river,” Mayor Jane Porter said.', "2024-04-03");
      const b = flood("Valley Herald", "herald", '“On Monday the flood killed three people along the river,” police chief Tom Reyes said.', "2024-04-03");
      return { articles: [a, b], quotes: [quote(a, 'The storm last November killed 30 people along the river,', "Jane Porter"), quote(b, 'On Monday the flood killed three people along the river,', "Tom Reyes")] };
    },
  },
  {
    name: "counts a hundredfold apart count different things ('3,000 people' taken in, 'two people' running the shelter)",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", '“The school shelter took in 3,000 people,” Mayor Jane Porter said.', "2024-04-03");
      const b = flood("Valley Herald", "herald", '“Two people run the school shelter,” police chief Tom Reyes said.', "2024-04-03");
      return { articles: [a, b], quotes: [quote(a, 'The school shelter took in 3,000 people,', "Jane Porter"), quote(b, 'Two people run the school shelter,', "Tom Reyes")] };
    },
  },
  {
    name: "counts of one noun under verbs of different acts ('40 people were evacuated', 'approving 300 people for shelter')",
    kind: "number",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", '“About 40 people have now been evacuated from the east bank,” Mayor Jane Porter said.', "2024-04-03");
      const b = flood("Valley Herald", "herald", '“The council screened 900 claims, approving about 300 people for evacuation from the east bank,” police chief Tom Reyes said.', "2024-04-03");
      return { articles: [a, b], quotes: [quote(a, 'About 40 people have now been evacuated from the east bank,', "Jane Porter"), quote(b, 'The council screened 900 claims, approving about 300 people for evacuation from the east bank,', "Tom Reyes")] };
    },
  },
  {
    name: "counts under two verbs of one act ('30 people died', 'killed three people') still disagree",
    kind: "number",
    triggers: true,
    build: () => {
      const a = flood("Daily Courier", "courier", '“In Riverton, 30 people died in the flood,” Mayor Jane Porter said.', "2024-04-03");
      const b = flood("Valley Herald", "herald", '“The flood in Riverton killed three people,” police chief Tom Reyes said.', "2024-04-03");
      return { articles: [a, b], quotes: [quote(a, 'In Riverton, 30 people died in the flood,', "Jane Porter"), quote(b, 'The flood in Riverton killed three people,', "Tom Reyes")] };
    },
  },
  // contradiction
  {
    name: "evacuated against still trapped",
    kind: "contradiction",
    triggers: true,
    build: () => {
      const a = flood("Daily Courier", "courier", "“All residents were evacuated before the water arrived,” Governor Alan Brooks said.");
      const b = flood("Valley Herald", "herald", "“Most residents are still trapped in their homes,” a rescuer told the Herald.");
      return {
        articles: [a, b],
        quotes: [quote(a, "All residents were evacuated before the water arrived,", "Alan Brooks"), quote(b, "Most residents are still trapped in their homes,", "unnamed rescuer", { type: "anonymous" })],
      };
    },
  },
  {
    name: "evacuated against still there, but about different participants",
    kind: "contradiction",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“The troops were evacuated before the water arrived,” Governor Alan Brooks said.");
      const b = flood("Valley Herald", "herald", "“The cattle are still there on the hill,” a farmer told the Herald.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The troops were evacuated before the water arrived,", "Alan Brooks"), quote(b, "The cattle are still there on the hill,", "unnamed farmer", { type: "anonymous" })],
      };
    },
  },
  {
    name: "a negated predicate sides with its opposite, so 'not evacuated' agrees with 'still there'",
    kind: "contradiction",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“The residents were not evacuated in time,” a nurse said.");
      const b = flood("Valley Herald", "herald", "“Most residents are still there,” a rescuer told the Herald.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The residents were not evacuated in time,", "unnamed nurse", { type: "anonymous" }), quote(b, "Most residents are still there,", "unnamed rescuer", { type: "anonymous" })],
      };
    },
  },
  {
    name: "no air strikes against jets bombing",
    kind: "contradiction",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Fighting near Dornach went on. “There were no air strikes on Dornach at all,” army spokesman Piet Kuyper said. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, residents hid. “Jets bombed the market in Dornach twice,” said Lena Vogt, a teacher.");
      return { articles: [a, b], quotes: [quote(a, "There were no air strikes on Dornach at all,", "Piet Kuyper"), quote(b, "Jets bombed the market in Dornach twice,", "Lena Vogt")] };
    },
  },
  {
    name: "a fear of bombing is not a claim of bombing",
    kind: "contradiction",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Fighting near Dornach went on. “There were no air strikes on Dornach at all,” army spokesman Piet Kuyper said. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, residents hid. “We fear the jets will bomb Dornach tonight,” said Lena Vogt, a teacher.");
      return { articles: [a, b], quotes: [quote(a, "There were no air strikes on Dornach at all,", "Piet Kuyper"), quote(b, "We fear the jets will bomb Dornach tonight,", "Lena Vogt")] };
    },
  },
  {
    name: "one speaker on both sides contradicts no one",
    kind: "contradiction",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“All residents were evacuated,” Governor Alan Brooks said. Later he said: “Some residents are still trapped.”");
      return { articles: [a], quotes: [quote(a, "All residents were evacuated,", "Alan Brooks"), quote(a, "Some residents are still trapped.", "Alan Brooks")] };
    },
  },
  {
    name: "a pronoun takes its participants from the sentence before in its paragraph ('not allowing us' after 'his family')",
    kind: "contradiction",
    triggers: true,
    build: () => {
      const a = flood("Daily Courier", "courier", "“All residents were evacuated before the water arrived,” Governor Alan Brooks said.");
      const b = flood("Valley Herald", "herald", "Omar Rahal said his family had packed their bags to leave town. But, he said, “The police are not allowing us.”");
      return {
        articles: [a, b],
        quotes: [quote(a, "All residents were evacuated before the water arrived,", "Alan Brooks"), quote(b, "The police are not allowing us.", "Omar Rahal")],
      };
    },
  },
  {
    name: "a pronoun takes its participants from its own sentence ('many of these also deserted' after 'its forces')",
    kind: "contradiction",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Fighting near Dornach went on. Army spokesman Piet Kuyper said the army withdrew its forces from Dornach in good order.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, residents hid. The army pulled its forces out of Dornach, though Lena Vogt insisted that many of these also deserted.");
      return {
        articles: [a, b],
        quotes: [
          quote(a, "the army withdrew its forces from Dornach in good order", "Piet Kuyper", { kind: "indirect" }),
          quote(b, "many of these also deserted", "Lena Vogt", { kind: "indirect", cue: "insisted" }),
        ],
      };
    },
  },
  {
    name: "a pronoun with no participant named in its sentence or the one before",
    kind: "contradiction",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“All residents were evacuated before the water arrived,” Governor Alan Brooks said.");
      const b = flood("Valley Herald", "herald", "The water rose fast. “They are still there,” a rescuer told the Herald.");
      return {
        articles: [a, b],
        quotes: [quote(a, "All residents were evacuated before the water arrived,", "Alan Brooks"), quote(b, "They are still there,", "unnamed rescuer", { type: "anonymous" })],
      };
    },
  },
  {
    name: "a pronoun whose participant is named only in the paragraph before",
    kind: "contradiction",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“All residents were evacuated before the water arrived,” Governor Alan Brooks said.");
      const b = flood("Valley Herald", "herald", "Residents of the east bank waited on their roofs.\n\n“They are still there,” a rescuer told the Herald.");
      return {
        articles: [a, b],
        quotes: [quote(a, "All residents were evacuated before the water arrived,", "Alan Brooks"), quote(b, "They are still there,", "unnamed rescuer", { type: "anonymous" })],
      };
    },
  },
  {
    name: "unrelated stories are never compared",
    kind: "contradiction",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“All residents were evacuated before the water arrived,” Governor Alan Brooks said.");
      const b = article("sports", "Sports Daily", "2021-01-05", "At Lakeside Stadium the fans stayed. “Most residents are still trapped in traffic near Lakeside,” a steward said.");
      return {
        articles: [a, b],
        quotes: [quote(a, "All residents were evacuated before the water arrived,", "Alan Brooks"), quote(b, "Most residents are still trapped in traffic near Lakeside,", "unnamed steward", { type: "anonymous" })],
      };
    },
  },
  // disputed
  {
    name: "the outlet says a claim is false",
    kind: "disputed",
    triggers: true,
    build: () => {
      const a = flood("Daily Courier", "courier", "The water authority falsely claimed that the dam had been inspected last year.");
      return { articles: [a], quotes: [quote(a, "the dam had been inspected last year", "water authority", { kind: "indirect", type: "organisation", cue: "claimed" })] };
    },
  },
  {
    name: "a denial by a speaker is a stance, not the outlet's judgement",
    kind: "disputed",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "The water authority denied that the dam had failed.");
      return { articles: [a], quotes: [quote(a, "the dam had failed", "water authority", { kind: "indirect", type: "organisation", cue: "denied" })] };
    },
  },
  {
    name: "'contradicting' a person is not a judgement on the claim that follows",
    kind: "disputed",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "Contradicting the governor, the engineer Ruth Hale said that the dam had been inspected last year.");
      return { articles: [a], quotes: [quote(a, "the dam had been inspected last year", "Ruth Hale", { kind: "indirect" })] };
    },
  },
  {
    name: "an effort to disprove a claim is someone's aim, not the outlet's verdict",
    kind: "disputed",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "Engineers plan tests in an effort to disprove the water authority's claims of \"major repairs\" at the dam.");
      return { articles: [a], quotes: [quote(a, "major repairs", "water authority", { type: "organisation" })] };
    },
  },
  {
    name: "a judgement before 'though' is on the first claim, not on the one after it",
    kind: "disputed",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "There is no evidence the authority repaired the dam, though its chief admitted that the spillway had been cleared.");
      return { articles: [a], quotes: [quote(a, "the spillway had been cleared", "authority chief", { kind: "indirect", type: "anonymous" })] };
    },
  },
  {
    name: "a claim made 'without any evidence' is disputed, the words inside the reported span or not",
    kind: "disputed",
    triggers: true,
    build: () => {
      const a = flood("Daily Courier", "courier", "The mayor claimed without any evidence that the dam had been sabotaged.");
      return { articles: [a], quotes: [quote(a, "without any evidence that the dam had been sabotaged", "Alan Brooks", { kind: "indirect", cue: "claimed" })] };
    },
  },
  {
    name: "'no evidence that …' opening what a speaker said is the speaker's claim, not the outlet's verdict",
    kind: "disputed",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "The engineer said no evidence that the dam had been sabotaged was found.");
      return { articles: [a], quotes: [quote(a, "no evidence that the dam had been sabotaged was found", "Ruth Hale", { kind: "indirect" })] };
    },
  },
  {
    name: "a judgement after 'while' still reaches its claim",
    kind: "disputed",
    triggers: true,
    build: () => {
      const a = flood("Daily Courier", "courier", "While the water authority wrongly claimed that the dam had been inspected last year, engineers found cracks.");
      return { articles: [a], quotes: [quote(a, "the dam had been inspected last year", "water authority", { kind: "indirect", type: "organisation", cue: "claimed" })] };
    },
  },
  // temporal
  {
    name: "calm on one day, fighting two days later",
    kind: "temporal",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-13", "In Dornach on Monday, “the streets were calm,” said shopkeeper Omar Blum. Dornach has 9,000 people.");
      const b = article("gazette", "Gazette", "2023-09-13", "By Wednesday, clashes had broken out in Dornach, residents said. Dornach was cut off.");
      return {
        articles: [a, b],
        quotes: [quote(a, "the streets were calm,", "Omar Blum"), quote(b, "clashes had broken out in Dornach", "Dornach residents", { kind: "indirect", type: "group" })],
      };
    },
  },
  {
    name: "calm on one day and fighting ten days later are two stories, not one place changing",
    kind: "temporal",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-13", "In Dornach on Monday, “the streets were calm,” said shopkeeper Omar Blum. Dornach has 9,000 people.");
      const b = article("gazette", "Gazette", "2023-09-23", "By Saturday, clashes had broken out in Dornach, residents said. Dornach was cut off.");
      return {
        articles: [a, b],
        quotes: [quote(a, "the streets were calm,", "Omar Blum"), quote(b, "clashes had broken out in Dornach", "Dornach residents", { kind: "indirect", type: "group" })],
      };
    },
  },
  {
    name: "calm and fighting with no dates is neither a change nor a contradiction",
    kind: "temporal",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-13", "In Dornach, “the streets were calm,” said shopkeeper Omar Blum. Dornach has 9,000 people.");
      const b = article("gazette", "Gazette", "2023-09-13", "Clashes had broken out in Dornach, residents said. Dornach was cut off.");
      return {
        articles: [a, b],
        quotes: [quote(a, "the streets were calm,", "Omar Blum"), quote(b, "Clashes had broken out in Dornach", "Dornach residents", { kind: "indirect", type: "group" })],
      };
    },
  },
  // corroboration
  {
    name: "a ministry and its own spokesman give one number: one source, no corroboration",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = flood("Daily Courier", "courier", "“Forty families were evacuated from the valley,” the Interior Ministry said.");
      const b = flood("Valley Herald", "herald", "“Forty families were evacuated from the valley,” said Tom Reyes, an Interior Ministry spokesman.");
      return {
        articles: [a, b],
        quotes: [
          quote(a, "Forty families were evacuated from the valley,", "Interior Ministry", { type: "organisation" }),
          quote(b, "Forty families were evacuated from the valley,", "Tom Reyes", { role: "an Interior Ministry spokesman" }),
        ],
      };
    },
  },
  {
    name: "the same number from the ministry and an independent witness is a corroboration",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = flood("Daily Courier", "courier", "“Forty families were evacuated from the valley,” the Interior Ministry said.");
      const b = flood("Valley Herald", "herald", "“Forty families were evacuated from the valley,” said Tom Reyes, a farmer.");
      return {
        articles: [a, b],
        quotes: [
          quote(a, "Forty families were evacuated from the valley,", "Interior Ministry", { type: "organisation" }),
          quote(b, "Forty families were evacuated from the valley,", "Tom Reyes", { role: "a farmer" }),
        ],
      };
    },
  },
  {
    name: "the same number in two printings of one AP story: one report, no corroboration",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const ap = (a: ReturnType<typeof flood>) => ({ ...a, wire: [{ agency: "Associated Press", ruleId: "ingest/wire-dateline", text: "RIVERTON (AP) —" }] });
      const a = ap(flood("Daily Courier", "courier", "“Forty families were evacuated from the valley,” the Interior Ministry said."));
      const b = ap(flood("Valley Herald", "herald", "“Forty families were evacuated from the valley,” said Tom Reyes, a farmer."));
      return {
        articles: [a, b],
        quotes: [
          quote(a, "Forty families were evacuated from the valley,", "Interior Ministry", { type: "organisation" }),
          quote(b, "Forty families were evacuated from the valley,", "Tom Reyes", { role: "a farmer" }),
        ],
      };
    },
  },
  {
    name: "two sources say the officers fled",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach the base fell. “Most of the officers fled before dawn,” said Piet Kuyper, a conscript. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, villagers described officers fleeing in trucks, said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "Most of the officers fled before dawn,", "Piet Kuyper"), quote(b, "officers fleeing in trucks", "Lena Vogt", { kind: "indirect" })],
      };
    },
  },
  {
    name: "two sources tell of the same killing in the same words ('killed in the flood at Dornach')",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “Forty people were killed in the flood at Dornach,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “people killed in the flood at Dornach were buried today,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "Forty people were killed in the flood at Dornach,", "Piet Kuyper"), quote(b, "people killed in the flood at Dornach were buried today,", "Lena Vogt")],
      };
    },
  },
  {
    name: "a killing in a figure of speech and a real one share only generic words ('people', 'year')",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “The people getting killed by this tax every year are shop owners,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “forty people were killed in the flood this year,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The people getting killed by this tax every year are shop owners,", "Piet Kuyper"), quote(b, "forty people were killed in the flood this year,", "Lena Vogt")],
      };
    },
  },
  {
    name: "fighting in two senses shares only a contraction and a generic word ('they're', 'years')",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “After two years of fighting the rebels, they're tired,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “years of fighting against poverty; they're done with it,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "After two years of fighting the rebels, they're tired,", "Piet Kuyper"), quote(b, "years of fighting against poverty; they're done with it,", "Lena Vogt")],
      };
    },
  },
  {
    name: "two people's mothers share a word for a relative, not a death ('mourn his mother')",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article(
        "wire",
        "Wire Service",
        "2023-09-10",
        "Among the passengers, Piet Kuyper was returning to his home town to mourn the death of his mother, Ana Lopez said. Jan Roos was travelling through Dornach to mourn his mother, who died four days before the crash, Lena Vogt said.",
      );
      return {
        articles: [a],
        quotes: [
          quote(a, "Piet Kuyper was returning to his home town to mourn the death of his mother", "Ana Lopez", { kind: "indirect" }),
          quote(a, "Jan Roos was travelling through Dornach to mourn his mother, who died four days before the crash", "Lena Vogt", { kind: "indirect" }),
        ],
      };
    },
  },
  {
    name: "the same death in the same words still corroborates when a relative is named too",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “The mayor's mother was killed in the flood at Dornach,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “she was killed in the flood at Dornach, the mayor's mother,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The mayor's mother was killed in the flood at Dornach,", "Piet Kuyper"), quote(b, "she was killed in the flood at Dornach, the mayor's mother,", "Lena Vogt")],
      };
    },
  },
  {
    name: "one speaker repeating themself corroborates nothing",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach the base fell. “Most of the officers fled before dawn,” said Piet Kuyper. “The officers fled in trucks,” Kuyper added. Dornach is quiet.");
      return { articles: [a], quotes: [quote(a, "Most of the officers fled before dawn,", "Piet Kuyper"), quote(a, "The officers fled in trucks,", "Kuyper")] };
    },
  },
  {
    name: "a claim whose participants come through a pronoun names no one, so it corroborates nothing",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach the base fell. “Most of the officers fled before dawn,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, the officers gathered at the gate. Lena Vogt said they fled in trucks. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "Most of the officers fled before dawn,", "Piet Kuyper"), quote(b, "they fled in trucks", "Lena Vogt", { kind: "indirect" })],
      };
    },
  },
  {
    name: "two exact figures 15% apart are no disagreement, and not the same number either",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “We took in 10,000 refugees from the war,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the camp took in 11,491 refugees from the war,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "We took in 10,000 refugees from the war,", "Piet Kuyper"), quote(b, "the camp took in 11,491 refugees from the war,", "Lena Vogt")],
      };
    },
  },
  {
    name: "a bound is no number: 'more than 20 states' and 'at least two states'",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “Hackers targeted more than 20 states this year,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “hackers targeted at least two states this year,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "Hackers targeted more than 20 states this year,", "Piet Kuyper"), quote(b, "hackers targeted at least two states this year,", "Lena Vogt")],
      };
    },
  },
  {
    name: "an increment is no total: 'nine million more workers' and 'millions of workers'",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “The rule is demoting millions of workers in the valley,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “nearly nine million more workers in the valley will be protected,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The rule is demoting millions of workers in the valley,", "Piet Kuyper"), quote(b, "nearly nine million more workers in the valley will be protected,", "Lena Vogt")],
      };
    },
  },
  {
    name: "an increment against a total is no disagreement: '500 more soldiers' and '5,000 soldiers'",
    kind: "number",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “The army sent 500 more soldiers to the bridge,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the army sent 5,000 soldiers to the bridge,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The army sent 500 more soldiers to the bridge,", "Piet Kuyper"), quote(b, "the army sent 5,000 soldiers to the bridge,", "Lena Vogt")],
      };
    },
  },
  {
    name: "two increments still disagree: '500 more soldiers' and '2,000 more soldiers'",
    kind: "number",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “The army sent 500 more soldiers to the bridge,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the army sent 2,000 more soldiers to the bridge,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The army sent 500 more soldiers to the bridge,", "Piet Kuyper"), quote(b, "the army sent 2,000 more soldiers to the bridge,", "Lena Vogt")],
      };
    },
  },
  {
    name: "a code with a number ('the EB-5 program') counts no programs",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “The EB-5 program raised money for the Dornach resort,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the EB-5 program sent a terrible message from Dornach,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The EB-5 program raised money for the Dornach resort,", "Piet Kuyper"), quote(b, "the EB-5 program sent a terrible message from Dornach,", "Lena Vogt")],
      };
    },
  },
  {
    name: "the same number of fighters from two speakers",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “There were hundreds of rebel fighters at the bridge,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the rebel fighters at the bridge numbered about 400,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "There were hundreds of rebel fighters at the bridge,", "Piet Kuyper"), quote(b, "the rebel fighters at the bridge numbered about 400,", "Lena Vogt")],
      };
    },
  },
  {
    name: "a number in a claim its outlet calls false corroborates nothing",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach, Piet Kuyper falsely claimed that 400 rebel fighters were at the bridge. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “there were 400 rebel fighters at the bridge,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "400 rebel fighters were at the bridge", "Piet Kuyper", { kind: "indirect", cue: "claimed" }), quote(b, "there were 400 rebel fighters at the bridge,", "Lena Vogt")],
      };
    },
  },
  {
    name: "the same number of rebel fighters from two speakers, neither judged",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach, Piet Kuyper said that 400 rebel fighters were at the bridge. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “there were 400 rebel fighters at the bridge,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "400 rebel fighters were at the bridge", "Piet Kuyper", { kind: "indirect", cue: "said" }), quote(b, "there were 400 rebel fighters at the bridge,", "Lena Vogt")],
      };
    },
  },
  {
    name: "a vague amount against a figure counted exactly ('hundreds of' / '231') gives no same number",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “There were hundreds of rebel fighters at the bridge,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “there were 231 rebel fighters at the bridge,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "There were hundreds of rebel fighters at the bridge,", "Piet Kuyper"), quote(b, "there were 231 rebel fighters at the bridge,", "Lena Vogt")],
      };
    },
  },
  {
    name: "two vague amounts alike ('hundreds of' / 'in the hundreds') corroborate",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “There were hundreds of rebel fighters at the bridge,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the number of rebel fighters at the bridge was in the hundreds,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "There were hundreds of rebel fighters at the bridge,", "Piet Kuyper"), quote(b, "the number of rebel fighters at the bridge was in the hundreds,", "Lena Vogt")],
      };
    },
  },
  {
    name: "the same number of different things: 'two email addresses' are not 'Two emails'",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “I should have used two email addresses for the Dornach office,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “two emails sent to the Dornach office were lost,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "I should have used two email addresses for the Dornach office,", "Piet Kuyper"), quote(b, "two emails sent to the Dornach office were lost,", "Lena Vogt")],
      };
    },
  },
  {
    name: "the same two-word count from two speakers ('thousands of work-related emails') corroborates",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “The Dornach office deleted thousands of work-related emails,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the office deleted several thousand work-related emails,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The Dornach office deleted thousands of work-related emails,", "Piet Kuyper"), quote(b, "the office deleted several thousand work-related emails,", "Lena Vogt")],
      };
    },
  },
  {
    name: "'one' is no figure, nor a set named by its owner ('our two towns'), nor a sum of money ('$15 minimum wage')",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “One candidate wants a $15 minimum wage for the towns between our two towns,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “one candidate backs the $15 minimum wage in the towns of our two towns,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "One candidate wants a $15 minimum wage for the towns between our two towns,", "Piet Kuyper"), quote(b, "one candidate backs the $15 minimum wage in the towns of our two towns,", "Lena Vogt")],
      };
    },
  },
  {
    name: "the same figure under verbs of different acts ('two people were killed', 'two people were arrested')",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “Two people were killed at the Dornach bridge,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “two people were arrested at the bridge,” said Lena Vogt. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "Two people were killed at the Dornach bridge,", "Piet Kuyper"), quote(b, "two people were arrested at the bridge,", "Lena Vogt")],
      };
    },
  },
  {
    name: "two sources say jets struck (lower case: the aircraft)",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “Russian jets hit the Dornach bridge at dawn,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the jets hit the Dornach bridge twice,” said Lena Vogt. Dornach fell.");
      return { articles: [a, b], quotes: [quote(a, "Russian jets hit the Dornach bridge at dawn,", "Piet Kuyper"), quote(b, "the jets hit the Dornach bridge twice,", "Lena Vogt")] };
    },
  },
  {
    name: "a predicate word inside a name ('the Dornach Jets owner') tells of no jets",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “The Dornach Jets owner paid for the bridge toll,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the Dornach Jets owner opposed the bridge toll,” said Lena Vogt. Dornach fell.");
      return { articles: [a, b], quotes: [quote(a, "The Dornach Jets owner paid for the bridge toll,", "Piet Kuyper"), quote(b, "the Dornach Jets owner opposed the bridge toll,", "Lena Vogt")] };
    },
  },
  {
    name: "a predicate word in a hyphened compound ('the job-killing bridge toll') tells of no killing",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “The council passed the job-killing bridge toll,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the council backed the job-killing bridge toll,” said Lena Vogt. Dornach fell.");
      return { articles: [a, b], quotes: [quote(a, "The council passed the job-killing bridge toll,", "Piet Kuyper"), quote(b, "the council backed the job-killing bridge toll,", "Lena Vogt")] };
    },
  },
  {
    name: "the same killings told in plain words still corroborate",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “There was killing at the Dornach bridge toll,” said Piet Kuyper. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the killing at the Dornach bridge toll went on,” said Lena Vogt. Dornach fell.");
      return { articles: [a, b], quotes: [quote(a, "There was killing at the Dornach bridge toll,", "Piet Kuyper"), quote(b, "the killing at the Dornach bridge toll went on,", "Lena Vogt")] };
    },
  },
  {
    name: "one named source in two printings of a story ('Factcheck.org' twice) corroborates nothing",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: the officers fled before dawn, said Factcheck.org. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, the officers fled in trucks, said Factcheck.org. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "the officers fled before dawn", "Factcheck.org", { kind: "indirect" }), quote(b, "the officers fled in trucks", "Factcheck.org", { kind: "indirect" })],
      };
    },
  },
  {
    name: "the same words from one description in two printings ('ratings data' twice) corroborate nothing",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “the show drew 400 viewers in Dornach,” ratings data showed. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “the show drew 400 viewers in Dornach,” ratings data showed. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "the show drew 400 viewers in Dornach,", "ratings data", { type: "anonymous" }), quote(b, "the show drew 400 viewers in Dornach,", "ratings data", { type: "anonymous" })],
      };
    },
  },
  {
    name: "one description in two stories saying different words may be two sources ('officials' twice)",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: the officers fled before dawn, officials said. Dornach is quiet.");
      const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, the officers fled in trucks, officials said. Dornach fell.");
      return {
        articles: [a, b],
        quotes: [quote(a, "the officers fled before dawn", "officials", { kind: "indirect", type: "anonymous" }), quote(b, "the officers fled in trucks", "officials", { kind: "indirect", type: "anonymous" })],
      };
    },
  },
  {
    name: "a claim reported inside another's words in one article is one statement ('lawyers said police have said …')",
    kind: "corroboration",
    triggers: false,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: Police have said they will release two recordings of the Dornach raid, lawyers said. Dornach is quiet.");
      return {
        articles: [a],
        quotes: [
          quote(a, "Police have said they will release two recordings of the Dornach raid", "lawyers", { kind: "indirect", type: "anonymous" }),
          quote(a, "they will release two recordings of the Dornach raid", "police", { kind: "indirect", type: "anonymous" }),
        ],
      };
    },
  },
  {
    name: "two claims side by side in one article, each its own words, still corroborate",
    kind: "corroboration",
    triggers: true,
    build: () => {
      const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: police said they had two recordings of the Dornach raid. The lawyers said they had seen two recordings of the Dornach raid. Dornach is quiet.");
      return {
        articles: [a],
        quotes: [
          quote(a, "they had two recordings of the Dornach raid", "police", { kind: "indirect", type: "anonymous" }),
          quote(a, "they had seen two recordings of the Dornach raid", "lawyers", { kind: "indirect", type: "anonymous" }),
        ],
      };
    },
  },
  // variant and misattribution
  {
    name: "a quote that lost a word between outlets",
    kind: "variant",
    triggers: true,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "At the Kestrel plant, Minister Ana Lopez spoke. “We will not raise taxes on working families this year,” Lopez said. Kestrel workers cheered.");
      const b = article("ledger", "Ledger", "2024-02-01", "At Kestrel, the minister was blunt. “We will raise taxes on working families this year,” Ana Lopez said. Kestrel workers booed.");
      return { articles: [a, b], quotes: [quote(a, "We will not raise taxes on working families this year,", "Ana Lopez"), quote(b, "We will raise taxes on working families this year,", "Ana Lopez")] };
    },
  },
  {
    name: "the same quote word for word in two outlets",
    kind: "variant",
    triggers: false,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "At the Kestrel plant, Minister Ana Lopez spoke. “We will not raise taxes on working families this year,” Lopez said. Kestrel workers cheered.");
      const b = article("ledger", "Ledger", "2024-02-01", "At Kestrel, the minister was blunt. “We will not raise taxes on working families this year,” Ana Lopez said. Kestrel workers cheered.");
      return { articles: [a, b], quotes: [quote(a, "We will not raise taxes on working families this year,", "Ana Lopez"), quote(b, "We will not raise taxes on working families this year,", "Ana Lopez")] };
    },
  },
  {
    name: "the same words with other final punctuation and capitals in two outlets are no changed quote",
    kind: "variant",
    triggers: false,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "At the Kestrel plant, Minister Ana Lopez spoke. “We will not raise taxes on working families this year,” Lopez said. Kestrel workers cheered.");
      const b = article("ledger", "Ledger", "2024-02-01", "At Kestrel, Ana Lopez was blunt: “we will not raise taxes on working families this year.” Kestrel workers cheered.");
      return { articles: [a, b], quotes: [quote(a, "We will not raise taxes on working families this year,", "Ana Lopez"), quote(b, "we will not raise taxes on working families this year.", "Ana Lopez")] };
    },
  },
  {
    name: "the same words told as a question in one outlet and a statement in another are a changed quote",
    kind: "variant",
    triggers: true,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "At the Kestrel plant, Minister Ana Lopez spoke. “We will not raise taxes on working families this year?” Lopez said. Kestrel workers cheered.");
      const b = article("ledger", "Ledger", "2024-02-01", "At Kestrel, Ana Lopez was blunt: “We will not raise taxes on working families this year.” Kestrel workers cheered.");
      return { articles: [a, b], quotes: [quote(a, "We will not raise taxes on working families this year?", "Ana Lopez"), quote(b, "We will not raise taxes on working families this year.", "Ana Lopez")] };
    },
  },
  {
    name: "a quote given in part again in the same article",
    kind: "variant",
    triggers: false,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "Lopez said she would “not raise taxes on working families this year.” At the Kestrel plant she was blunt. “We will not raise taxes on working families this year,” Lopez said.");
      return { articles: [a], quotes: [quote(a, "not raise taxes on working families this year.", "Ana Lopez"), quote(a, "We will not raise taxes on working families this year,", "Ana Lopez")] };
    },
  },
  {
    name: "two sayings set side by side in one sentence ('between “…nothing…” and “…everything…”') are no variant",
    kind: "variant",
    triggers: false,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "At Kestrel the debate runs between “This has nothing to do with taxes” and “This has everything to do with taxes.” Lopez said so.");
      return { articles: [a], quotes: [quote(a, "This has nothing to do with taxes", "Ana Lopez"), quote(a, "This has everything to do with taxes.", "Ana Lopez")] };
    },
  },
  {
    name: "reported speech worded differently in two outlets is paraphrase, not an altered quote",
    kind: "variant",
    triggers: false,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "At the Kestrel plant, Lopez said the workers would vote for the new contract this year.");
      const b = article("ledger", "Ledger", "2024-02-02", "At Kestrel, Lopez said the workers will vote for the new contract this year.");
      return {
        articles: [a, b],
        quotes: [quote(a, "the workers would vote for the new contract this year", "Ana Lopez", { kind: "indirect" }), quote(b, "the workers will vote for the new contract this year", "Ana Lopez", { kind: "indirect" })],
      };
    },
  },
  {
    name: "a quote whose words change within the same article",
    kind: "variant",
    triggers: true,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "“We will raise taxes on working families this year,” Lopez told the plant. Her statement reads: “We will not raise taxes on working families this year,” Lopez said.");
      return { articles: [a], quotes: [quote(a, "We will raise taxes on working families this year,", "Ana Lopez"), quote(a, "We will not raise taxes on working families this year,", "Ana Lopez")] };
    },
  },
  {
    name: "the next sentence of one speech that opens alike, in one article, is no altered quote",
    kind: "variant",
    triggers: false,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "Lopez spoke of her mother. “I have seen her fight for her family,” she said. “I have seen her fight for her workers, I have seen her fight for this plant, and now I see her fight for this town.”");
      return { articles: [a], quotes: [quote(a, "I have seen her fight for her family,", "Ana Lopez"), quote(a, "I have seen her fight for her workers, I have seen her fight for this plant, and now I see her fight for this town.", "Ana Lopez")] };
    },
  },
  {
    name: "a word changed at the end of a quote given twice in one article is still an altered quote",
    kind: "variant",
    triggers: true,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "“We will not raise taxes on working families this year,” Lopez told the plant. Her statement reads: “We will not raise taxes on working families next year,” Lopez said.");
      return { articles: [a], quotes: [quote(a, "We will not raise taxes on working families this year,", "Ana Lopez"), quote(a, "We will not raise taxes on working families next year,", "Ana Lopez")] };
    },
  },
  // Two occasions the story tells apart: different words are two sayings, not a quote altered.
  ...[
    ["the story says the speaker repeated it", "“No, I meant he is the founder of the strike,” Lopez told the radio.\n\nLopez repeated the charge in an interview with the Ledger.\n\n“I meant exactly that. He is the founder of the strike,” she said."],
    ["the story says the words came later", "“We will keep every job at the plant this year,” Lopez told the plant.\n\nShe later told reporters: “We will keep most jobs at the plant this year,” Lopez said."],
    ["a live blog's entry time lies between them", "10:30 p.m.\n\n“We will keep every job at the plant this year,” Lopez told the rally.\n\n9:15 p.m.\n\n“We will keep most jobs at the plant this year,” Lopez said."],
  ].map(([why, text]): Case => ({
    name: `no altered quote, two occasions: ${why}`,
    kind: "variant",
    triggers: false,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", text);
      const [x, y] = [...text.matchAll(/[“](.*?)[,.]?[”]/g)].map((m) => m[1]);
      return { articles: [a], quotes: [quote(a, x, "Ana Lopez"), quote(a, y, "Ana Lopez")] };
    },
  })),
  {
    name: "'again' inside a quote is no occasion the story tells",
    kind: "variant",
    triggers: true,
    build: () => {
      const text = "“We will keep every job at the plant this year,” Lopez told the plant.\n\nA worker said “never again” and left. Her statement reads: “We will keep most jobs at the plant this year,” Lopez said.";
      const a = article("post", "Morning Post", "2024-02-01", text);
      return { articles: [a], quotes: [quote(a, "We will keep every job at the plant this year", "Ana Lopez"), quote(a, "We will keep most jobs at the plant this year", "Ana Lopez")] };
    },
  },
  {
    name: "a quote credited to two people",
    kind: "misattribution",
    triggers: true,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "At Kestrel: “The plant will reopen by March and every job will be kept,” said union leader Mark Ellis. Kestrel waits.");
      const b = article("ledger", "Ledger", "2024-02-02", "At Kestrel: “The plant will reopen by March and every job will be kept,” said company spokeswoman Dana Whit. Kestrel waits.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The plant will reopen by March and every job will be kept,", "Mark Ellis"), quote(b, "The plant will reopen by March and every job will be kept,", "Dana Whit")],
      };
    },
  },
  {
    name: "the same person under a title and a full name is not a misattribution",
    kind: "misattribution",
    triggers: false,
    build: () => {
      const a = article("post", "Morning Post", "2024-02-01", "At Kestrel: “The plant will reopen by March and every job will be kept,” said union leader Mark Ellis. Kestrel waits.");
      const b = article("ledger", "Ledger", "2024-02-02", "At Kestrel: “The plant will reopen by March and every job will be kept,” Mr. Ellis said. Kestrel waits.");
      return {
        articles: [a, b],
        quotes: [quote(a, "The plant will reopen by March and every job will be kept,", "Mark Ellis"), quote(b, "The plant will reopen by March and every job will be kept,", "Mr. Ellis")],
      };
    },
  },
];

describe("conflict checks: must and must not trigger", () => {
  it.each(cases)("$kind: $name", ({ kind, triggers, build }) => {
    const { articles, quotes } = build();
    const r = analyse(articles, quotes);
    const found = ofKind(r.findings, kind);
    if (triggers) {
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.explanation).toMatch(/\.$/);
        expect(f.claims.length).toBeGreaterThan(0);
        for (const c of f.claims) {
          const a = articles.find((x) => x.id === c.article)!;
          expect(a.text.slice(c.start, c.end)).toBe(c.text);
        }
      }
    } else expect(found).toEqual([]);
  });
});

describe("finding details", () => {
  it("names both speakers, their outlets and the differing numbers", () => {
    const { articles, quotes } = cases[0].build();
    const [f] = ofKind(analyse(articles, quotes).findings, "number");
    expect(f.explanation).toContain("Jane Porter (Daily Courier)");
    expect(f.explanation).toContain("Tom Reyes (Valley Herald)");
    expect(f.explanation).toMatch(/12 people.*Three people/);
    expect(f.claims.map((c) => c.outlet)).toEqual(["Daily Courier", "Valley Herald"]);
    expect(f.severity).toBe("warning");
  });

  it("a lost 'not' is an altered quote, flagged as a warning", () => {
    const { articles, quotes } = cases.find((c) => c.name.startsWith("a quote that lost"))!.build();
    const r = analyse(articles, quotes);
    const [f] = ofKind(r.findings, "variant");
    expect(f.severity).toBe("warning");
    expect(f.explanation).toContain("drops “not”");
    expect(r.groups[0].members.map((m) => m.variant).sort()).toEqual(["altered", "verbatim"]);
  });

  // A line one story tells as said on many occasions may be worded anew each time: info, saying so,
  // as check's altered-quote rates it; "often" in another sentence is no such word.
  it.each([
    { name: "must: the other story says she often says it", ledger: "At Kestrel, the minister was blunt. As she often says, “We will raise taxes on working families this year,” Ana Lopez said.", severity: "info", says: true },
    { name: "must: a stump speech", ledger: "In her stump speech, Ana Lopez says “We will raise taxes on working families this year,” to cheers.", severity: "info", says: true },
    { name: "must-not: often in the sentence before", ledger: "Lopez often visits Kestrel. “We will raise taxes on working families this year,” Ana Lopez said.", severity: "warning", says: false },
  ])("a lost word in a line told as said often: $name", ({ ledger, severity, says }) => {
    const a = article("post", "Morning Post", "2024-02-01", "At the Kestrel plant, Minister Ana Lopez spoke. “We will not raise taxes on working families this year,” Lopez said. Kestrel workers cheered.");
    const b = article("ledger", "Ledger", "2024-02-01", ledger);
    const [f] = ofKind(analyse([a, b], [quote(a, "We will not raise taxes on working families this year,", "Ana Lopez"), quote(b, "We will raise taxes on working families this year,", "Ana Lopez")]).findings, "variant");
    expect(f.severity).toBe(severity);
    if (says) expect(f.explanation).toMatch(/ Ledger tells it as a line said on many occasions: the wordings may be two sayings\.$/);
    else expect(f.explanation).not.toMatch(/many occasions/);
  });

  it.each([
    { name: "must: both printings carry AP copy the same day", wire: ["Associated Press", "Associated Press"], says: true },
    { name: "must-not: one printing carries AP copy, the other is its own", wire: ["Associated Press", null], says: false },
    { name: "must-not: two agencies", wire: ["Associated Press", "Reuters"], says: false },
  ])("a variant between two printings of one wire story says so: $name", ({ wire, says }) => {
    const { articles, quotes } = cases.find((c) => c.name.startsWith("a quote that lost"))!.build();
    const carried = articles.map((a, i) => (wire[i] ? { ...a, published: articles[0].published, wire: [{ agency: wire[i]!, ruleId: "ingest/wire-dateline", text: "(AP) —" }] } : a));
    const [f] = ofKind(analyse(carried, quotes).findings, "variant");
    expect(f.severity).toBe("warning");
    if (says) expect(f.explanation).toMatch(/ Both carry Associated Press copy: one report, its words changed in printing\.$/);
    else expect(f.explanation).not.toMatch(/carry/);
  });

  it("an unnamed speaker inside the sentence loses the capital only its sentence gave it", () => {
    const a = flood("Daily Courier", "courier", "State radio said that all residents were evacuated before the water arrived. The residents of the east bank were told to leave.");
    const b = flood("Valley Herald", "herald", "“Most residents are still trapped in their homes,” one rescuer said. Residents said Riverton Dam staff had left.");
    const d = flood("Hill Times", "hill", "Another rescuer said most residents are still trapped in the attics.");
    const c = flood("Lakeside Post", "post", "“Most residents are still trapped on the east bank,” Riverton volunteers said.");
    const r = analyse([a, b, c, d], [
      quote(a, "all residents were evacuated before the water arrived", "State radio", { kind: "indirect", type: "organisation" }),
      quote(b, "Most residents are still trapped in their homes,", "One rescuer", { type: "anonymous" }),
      quote(c, "Most residents are still trapped on the east bank,", "Riverton volunteers", { type: "group" }),
      quote(d, "most residents are still trapped in the attics", "Another rescuer", { kind: "indirect", type: "anonymous" }),
    ]);
    const [x] = ofKind(r.findings, "contradiction");
    // "one" stands in the Herald's text in lower case; "another" is a determiner wherever it stands;
    // "Riverton" is never written in lower case: it is a name.
    expect(x.explanation).toContain("while one rescuer (Valley Herald), Riverton volunteers (Lakeside Post) and another rescuer (Hill Times) say");
    expect(x.explanation.startsWith("State radio (Daily Courier)")).toBe(true);
  });

  it("a speaker named twice on one side is listed once, as first written", () => {
    const a = flood("Daily Courier", "courier", "Residents said all residents were evacuated before the water arrived. Residents said the residents of the east bank were evacuated by boat.");
    const b = flood("Valley Herald", "herald", "“Most residents are still trapped in their homes,” a rescuer said.");
    const r = analyse([a, b], [
      quote(a, "all residents were evacuated before the water arrived", "Residents", { kind: "indirect", type: "group" }),
      quote(a, "the residents of the east bank were evacuated by boat", "Residents", { kind: "indirect", type: "group" }),
      quote(b, "Most residents are still trapped in their homes,", "A rescuer", { type: "anonymous" }),
    ]);
    const [x] = ofKind(r.findings, "contradiction");
    expect(x.explanation.startsWith("Residents (Daily Courier) say")).toBe(true);
    expect(x.explanation).not.toContain("residents (Daily Courier)");
  });

  it("a claim credited by a pronoun shows the role its speaker has in that article", () => {
    const a = flood("Daily Courier", "courier", "Tom Reyes, the police chief, said the bridge was safe. “All residents were evacuated before the water arrived,” he said.");
    const b = flood("Valley Herald", "herald", "“Most residents are still trapped in their homes,” a rescuer told the Herald.");
    const r = analyse([a, b], [
      quote(a, "the bridge was safe", "Tom Reyes", { kind: "indirect", role: "the police chief" }),
      quote(a, "All residents were evacuated before the water arrived,", "Tom Reyes", { mention: "he" }),
      quote(b, "Most residents are still trapped in their homes,", "unnamed rescuer", { type: "anonymous" }),
    ]);
    const [c] = ofKind(r.findings, "contradiction");
    expect(c.claims.map((x) => x.role)).toEqual(["the police chief", null]);
  });

  it("the same words from two people weeks apart are a warning, not an error; days apart, an error", () => {
    const line = "The plant will reopen by March and every job will be kept,";
    const build = (second: string) => {
      const a = article("post", "Morning Post", "2024-02-01", `At Kestrel: “${line}” said union leader Mark Ellis. Kestrel waits.`);
      const b = article("ledger", "Ledger", second, `At Kestrel: “${line}” said company spokeswoman Dana Whit. Kestrel waits.`);
      return analyse([a, b], [quote(a, line, "Mark Ellis"), quote(b, line, "Dana Whit")]);
    };
    const [late] = ofKind(build("2024-03-04").findings, "misattribution");
    expect(late.severity).toBe("warning");
    expect(late.explanation).toContain("on dates more than a week apart (2024-02-01 and 2024-03-04): each may have used them.");
    const [soon] = ofKind(build("2024-02-05").findings, "misattribution");
    expect(soon.severity).toBe("error");
    const [undated] = ofKind(build("").findings, "misattribution");
    expect(undated.severity).toBe("error");
  });

  it.each([
    { name: "must: a company and its own spokeswoman", second: { name: "Dana Whit", role: "a Kestrel Foods spokeswoman" }, first: { name: "Kestrel Foods", type: "organisation" as const }, severity: "info", says: /, but Dana Whit speaks for Kestrel Foods \(“a Kestrel Foods spokeswoman”\): both credits may be right\.$/ },
    { name: "must-not: a company and a union leader", second: { name: "Dana Whit", role: "a union leader" }, first: { name: "Kestrel Foods", type: "organisation" as const }, severity: "error", says: /\.$/ },
  ])("misattribution between one body's voices: $name", ({ first, second, severity, says }) => {
    const line = "The plant will reopen by March and every job will be kept,";
    const a = article("post", "Morning Post", "2024-02-01", `At Kestrel: “${line}” ${first.name} said in a statement. Kestrel waits.`);
    const b = article("ledger", "Ledger", "2024-02-02", `At Kestrel: “${line}” said ${second.name}, ${second.role}. Kestrel waits.`);
    const r = analyse([a, b], [quote(a, line, first.name, { type: first.type }), quote(b, line, second.name, { role: second.role })]);
    const [f] = ofKind(r.findings, "misattribution");
    expect(f.severity).toBe(severity);
    expect(f.explanation).toMatch(says);
  });

  it("a misattribution says why both credits are firm: each a name read with its own cue", () => {
    const line = "The plant will reopen by March and every job will be kept,";
    const a = article("post", "Morning Post", "2024-02-01", `At Kestrel: “${line}” said union leader Mark Ellis. Kestrel waits.`);
    const b = article("ledger", "Ledger", "2024-02-02", `At Kestrel: “${line}” Dana Whit told reporters. Kestrel waits.`);
    const [f] = ofKind(analyse([a, b], [quote(a, line, "Mark Ellis"), quote(b, line, "Dana Whit", { cue: "told" })]).findings, "misattribution");
    expect(f.explanation).toMatch(/ by Ledger, each a name read with a cue of its own \(Mark Ellis “said”, Dana Whit “told”\)\.$/);
  });

  it.each([
    { name: "must-not: one credit reached through a pronoun", second: { mention: "she", ruleId: "attribution/name-said-after-quote" }, found: 0 },
    { name: "must-not: one credit carried from the quote before", second: { mention: "Dana Whit", ruleId: "attribution/same-paragraph" }, found: 0 },
    { name: "must: both credits read with their cue", second: { mention: "Dana Whit", ruleId: "attribution/name-said-after-quote" }, found: 1 },
  ])("no misattribution from an inferred credit: $name", ({ second, found }) => {
    const line = "The plant will reopen by March and every job will be kept,";
    const a = article("post", "Morning Post", "2024-02-01", `At Kestrel: “${line}” said union leader Mark Ellis. Kestrel waits.`);
    const b = article("ledger", "Ledger", "2024-02-02", `At Kestrel: Dana Whit spoke. “${line}” she said. Kestrel waits.`);
    const r = analyse([a, b], [quote(a, line, "Mark Ellis"), { ...quote(b, line, "Dana Whit"), ...second }]);
    expect(ofKind(r.findings, "misattribution")).toHaveLength(found);
  });

  it("misattribution between two printings of one wire story stays an error (one of them moved the words)", () => {
    const line = "The plant will reopen by March and every job will be kept,";
    const ap = [{ agency: "Associated Press", ruleId: "ingest/wire-dateline", text: "KESTREL (AP) —" }];
    const a = { ...article("post", "Morning Post", "2024-02-01", `At Kestrel: “${line}” said union leader Mark Ellis. Kestrel waits.`), wire: ap };
    const b = { ...article("ledger", "Ledger", "2024-02-01", `At Kestrel: “${line}” said company spokeswoman Dana Whit. Kestrel waits.`), wire: ap };
    const [f] = ofKind(analyse([a, b], [quote(a, line, "Mark Ellis"), quote(b, line, "Dana Whit")]).findings, "misattribution");
    expect(f.severity).toBe("error");
  });

  it("a disputed claim that keeps its 'that' is not written 'that that …' (nor in marks: it is reported speech)", () => {
    const a = flood("Daily Courier", "courier", "The water authority falsely claimed that the dam had been inspected last year.");
    const r = analyse([a], [quote(a, "that the dam had been inspected last year", "water authority", { kind: "indirect", type: "organisation", cue: "falsely claimed" })]);
    const [d] = ofKind(r.findings, "disputed");
    expect(d.explanation).toContain("the claim of the water authority that the dam had been inspected last year.");
  });

  it("a contradiction lists both sides and the reporter's judgement", () => {
    const a = flood("Daily Courier", "courier", "State radio made false claims that all residents were evacuated before the water arrived.");
    const b = flood("Valley Herald", "herald", "“Most residents are still trapped in their homes,” a rescuer told the Herald.");
    const r = analyse([a, b], [
      quote(a, "all residents were evacuated before the water arrived", "State radio", { kind: "indirect", type: "organisation", cue: "made false claims" }),
      quote(b, "Most residents are still trapped in their homes,", "unnamed rescuer", { type: "anonymous" }),
    ]);
    const [c] = ofKind(r.findings, "contradiction");
    expect(c.claims.map((x) => x.side)).toEqual(["the residents were evacuated", "the residents are still there"]);
    expect(c.explanation).toContain("“made false claims”");
    const [d] = ofKind(r.findings, "disputed");
    expect(d.explanation).toContain("the claim of State radio that all residents were evacuated");
    expect(r.claims[0].judgement).toBe("made false claims");
    expect(r.claims[0].stance).toBe("assertive");
  });
});

describe("a judgement that opens the reported words", () => {
  it("is named once, as the judgement, not again inside the claim", () => {
    const a = flood("Daily Courier", "courier", "The mayor claimed without any evidence that the dam had been sabotaged.");
    const r = analyse([a], [quote(a, "without any evidence that the dam had been sabotaged", "Alan Brooks", { kind: "indirect", cue: "claimed" })]);
    const [f] = ofKind(r.findings, "disputed");
    expect(f.explanation).toMatch(/\(“without any evidence”\) reports as false the claim of Alan Brooks that the dam had been sabotaged\./);
  });
});

describe("corroborations of numbers", () => {
  it("make one finding per group of claims that agree, not one per counted noun", () => {
    const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach: “There were 400 rebel fighters at the bridge,” said Piet Kuyper. “Only 30 rebel fighters held the hill,” said Omar Blum. Dornach is quiet.");
    const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “400 rebel fighters stood at the bridge,” said Lena Vogt. “Some 30 rebel fighters held the hill,” said Anna Roth. Dornach fell.");
    const quotes = [
      quote(a, "There were 400 rebel fighters at the bridge,", "Piet Kuyper"),
      quote(a, "Only 30 rebel fighters held the hill,", "Omar Blum"),
      quote(b, "400 rebel fighters stood at the bridge,", "Lena Vogt"),
      quote(b, "Some 30 rebel fighters held the hill,", "Anna Roth"),
    ];
    const numbers = ofKind(analyse([a, b], quotes).findings, "corroboration").filter((f) => f.id.startsWith("corroboration/number-"));
    expect(numbers.map((f) => f.claims.map((c) => c.speaker).sort())).toEqual([
      ["Lena Vogt", "Piet Kuyper"],
      ["Anna Roth", "Omar Blum"],
    ]);
    for (const f of numbers) expect(new Set(f.claims.map((c) => c.side)).size).toBe(1);
  });

  it("name a claim once, not again inside another's report of it", () => {
    const a = article("wire", "Wire Service", "2023-09-10", "Near Dornach, Lena Vogt said that Piet Kuyper said 400 rebel fighters were at the bridge. Dornach is quiet.");
    const b = article("gazette", "Gazette", "2023-09-11", "In Dornach, “there were 400 rebel fighters at the bridge,” said Anna Roth. Dornach fell.");
    const quotes = [
      quote(a, "Piet Kuyper said 400 rebel fighters were at the bridge", "Lena Vogt", { kind: "indirect" }),
      quote(a, "400 rebel fighters were at the bridge", "Piet Kuyper", { kind: "indirect" }),
      quote(b, "there were 400 rebel fighters at the bridge,", "Anna Roth"),
    ];
    const numbers = ofKind(analyse([a, b], quotes).findings, "corroboration").filter((f) => f.id.startsWith("corroboration/number-"));
    // must: Kuyper's own claim and Roth's; must-not: Vogt's report of Kuyper's claim beside it.
    expect(numbers.map((f) => f.claims.map((c) => c.speaker).sort())).toEqual([["Anna Roth", "Piet Kuyper"]]);
  });
});

describe("a corpus whose articles cannot be compared says so", () => {
  const noComparable = (articles: Article[], quotes: Quote[]) =>
    analyse(articles, quotes).diagnostics.filter((d) => d.ruleId === "conflicts/no-comparable-articles");

  it("must: two stories with no name in common", () => {
    const a = flood("Daily Courier", "courier", "“All residents were evacuated before the water arrived,” Governor Alan Brooks said.");
    const b = article("sports", "Sports Daily", "2021-01-05", "At Lakeside Stadium the fans stayed. “Most residents are still trapped in traffic near Lakeside,” a steward said.");
    const d = noComparable([a, b], [quote(a, "All residents were evacuated before the water arrived,", "Alan Brooks")]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: "info", stage: "conflicts" });
    expect(d[0].reason).toMatch(/no two of the 2 articles share a name/);
  });

  it("must: the same place named once in each short piece", () => {
    const a = article("a", "Gazette", "2024-03-04", "Mayor Ann Lee said the levee in Millbrook held.");
    const b = article("b", "Courier", "2024-03-05", "Residents of Millbrook said the levee broke.");
    expect(noComparable([a, b], [])).toHaveLength(1);
  });

  it("must-not: two outlets on one story, or a single article", () => {
    const a = flood("Daily Courier", "courier", "“All residents were evacuated before the water arrived,” Governor Alan Brooks said.");
    const b = flood("Valley Herald", "herald", "“Most residents are still trapped in their homes,” a rescuer told the Herald.");
    expect(noComparable([a, b], [])).toEqual([]);
    expect(noComparable([a], [])).toEqual([]);
  });
});
