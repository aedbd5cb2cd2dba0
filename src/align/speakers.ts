import { type Article, type Quote, type Speaker, type SpeakerType, uniqueIds } from "../model/index.js";
import { NAME_PARTICLES, writtenAsPronoun } from "../model/name-words.js";
import { isPlaceName } from "../model/place-names.js";
import { FIRST_NAME_GENDER } from "../model/given-names.js";
import { escapeRegExp } from "../model/escape-regexp.js";
import { isDocumentSource } from "../model/document-source.js";
import { abstractSourceType } from "../model/abstract-source.js";
import { nicknamesIn } from "./nicknames.js";
import { holdsInOrder, undottedAcronym } from "./org-words.js";
import { bodyNamesIn } from "./body-names.js";
import { mayBePublisherName, publisherCues, type PublisherCues } from "./publisher.js";
import { meansNewspaper } from "./newspaper.js";
import { isRecordSource } from "./record-source.js";
import { alignedType, describesOnePerson, endsInPublicBodyNoun, isCommonWordName, isCorpusSurname, isOneWordPlace, isRunTogetherName, opensBodyName, isOutletName, isShareOfPeople, notPersonContext, speaksOfItself, type NotPersonContext } from "./not-person.js";
import { acronymOf, DESCRIPTION, foldAccents, fullTitle, isAcronym, isTitle, isDescriptiveName, isWebName, orgKey, parsePersonName, stateMediaKey, withoutRunOn, type PersonName } from "./names.js";

/**
 * One identity per person or organisation across articles. The attribution stage already gives each
 * quote a canonical speaker within its article; here those per-article names are joined:
 * - people by full name (surname plus compatible given name), then one-word names ("Mr. Homsi",
 *   "Omran") to the one full name with that surname, preferring the same article; a one-word name
 *   that is also someone's given name is ambiguous and stays apart;
 * - organisations by name, acronym ("SOHR"), a unique longer name containing a shorter one, and
 *   state media by country;
 * - anonymous speakers and groups ("one local resident", "residents") never leave their article.
 */

type Node = {
  readonly idx: number;
  /** The articles quoting this name (one, for names that do not leave their article). */
  readonly articleIds: string[];
  readonly name: string;
  readonly type: SpeakerType;
  readonly quoteIdx: number[];
  readonly person: PersonName | null;
  /** A body's capitalised common word ("Court", "Some"), read in its article only (isCommonWordName). */
  readonly local: boolean;
};

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) {
      const next = this.parent[i];
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export { UnionFind };

const PRONOUN = /^(he|she|they|him|her|them|his|hers|their|it|its|we|us|i|you|who|which|that)$/i;

/**
 * A speaker that is a pronoun alone ("her" of "according to her", "He"), which the attribution kept
 * as the name when it tied it to no one: nobody known, so unknown, and never joined across
 * articles (one "He" typed an organisation was a body's name everywhere). Written as a pronoun is:
 * "US" and "IT" in capitals are names.
 */
const isPronounName = (name: string): boolean => {
  const n = name.trim();
  return writtenAsPronoun(n) && PRONOUN.test(n);
};

/**
 * A quote's speaker type. The attribution's type wins, except that a description is never a
 * person's name (so it stays in its article), and a name left open is a person when it looks like
 * one (capitalised words).
 */
function typeOf(types: Iterable<readonly [SpeakerType, number]>, name: string): SpeakerType {
  if (isPronounName(name)) return "unknown";
  let best: SpeakerType = "unknown";
  let n = 0;
  for (const [t, c] of types) if (t !== "unknown" && c > n) [best, n] = [t, c];
  if ((best === "person" || best === "unknown") && isWebName(name)) return "organisation";
  if ((best === "person" || best === "unknown") && isDescriptiveName(name)) return "anonymous";
  if (best !== "unknown") return best;
  if (stateMediaKey(name)) return "organisation";
  if (/^(?:[A-Z][\p{L}’'-]+\.?\s+){1,3}[A-Z][\p{L}’'-]+$/u.test(name.trim())) return "person";
  return "unknown";
}

const isPersonLike = (t: SpeakerType) => t === "person" || t === "unknown";

function slug(s: string): string {
  const base = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return base || "speaker";
}

function buildNodes(quotes: readonly Quote[], corpus: NotPersonContext, textOf: (articleId: string) => string): Node[] {
  // Type counts in first-seen order (what typeOf breaks ties by); a short list, not a Map a node.
  type Entry = { node: Node; types: [SpeakerType, number][]; seen?: Set<string> };
  const byKey = new Map<string, Map<string, Entry>>();
  const order: Entry[] = [];
  // Whether a name is read across articles, per type and name: names repeat far more than quotes differ.
  const isGlobal = new Map<SpeakerType, Map<string, boolean>>();
  // The type each name is read as (not-person.ts: "Leading Democrats" is a group however typed), per
  // attribution type and name.
  const retyped = new Map<SpeakerType, Map<string, SpeakerType>>();
  const outletSurnames = new Map<string, boolean>();
  const isOutletSurname = (name: string) => {
    let known = outletSurnames.get(name);
    if (known === undefined) outletSurnames.set(name, (known = isCorpusSurname(name, corpus) && isOutletName(name, corpus)));
    return known;
  };
  // A plural or an outlet-surname is read with its article's text (writesAsSurname, hasLowerWord scan
  // it), so once an article, type and name, not once a quote: "Bloomberg" credited thirty times in
  // one story scanned the story thirty times. The rows that read the mention all need "the" before
  // the name, so only such a mention (one the definite test above missed) is part of the key.
  const articleRead = new Map<string, SpeakerType>();
  // Where each article may name a publisher (publisher.ts), found once an article.
  const cues = new Map<string, PublisherCues>();
  const cuesOf = (articleId: string) => {
    let c = cues.get(articleId);
    if (!c) cues.set(articleId, (c = publisherCues(textOf(articleId))));
    return c;
  };
  const inArticle = (q: Quote) => {
    const mention = q.mention !== null && /^\s*the\s/i.test(q.mention) ? q.mention : null;
    const k = `${q.articleId}\u0000${q.speakerType}\u0000${q.speaker}\u0000${mention ?? ""}`;
    let t = articleRead.get(k);
    if (t === undefined) articleRead.set(k, (t = alignedType(q.speaker!, q.speakerType, { ...corpus, mention, articleText: textOf(q.articleId), publisherCues: cuesOf(q.articleId) })));
    return t;
  };
  // The names each article writes as a company's (body-names.ts), read once an article, when a
  // quote of it credits a person or an open type; and the type such a name is read as, with its
  // article's text and the quote's mention, once an article, type, name and mention.
  const bodyNames = new Map<string, ReadonlySet<string>>();
  const bodyNamesOf = (articleId: string) => {
    let names = bodyNames.get(articleId);
    if (!names) bodyNames.set(articleId, (names = bodyNamesIn(textOf(articleId))));
    return names;
  };
  const companyRead = new Map<string, SpeakerType>();
  const asCompany = (q: Quote) => {
    const k = `${q.articleId}\u0000${q.speakerType}\u0000${q.speaker}\u0000${q.mention ?? ""}`;
    let t = companyRead.get(k);
    if (t === undefined) companyRead.set(k, (t = alignedType(q.speaker!, q.speakerType, { ...corpus, mention: q.mention, articleText: textOf(q.articleId), bodyNames: bodyNamesOf(q.articleId) })));
    return t;
  };
  // Whether a body's one capitalised word is a common word where its article writes it; per article and name.
  const commonWords = new Map<string, boolean>();
  const commonWord = (articleId: string, name: string) => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
    const k = `${articleId}\u0000${name}`;
    let c = commonWords.get(k);
    if (c === undefined) commonWords.set(k, (c = isCommonWordName(name, textOf(articleId))));
    return c;
  };
  quotes.forEach((q, qi) => {
    if (!q.speaker) return;
    let byType = retyped.get(q.speakerType);
    if (!byType) retyped.set(q.speakerType, (byType = new Map()));
    // A mention that writes "the" before the name ("The Hill") is read with it, quote by quote; the
    // rest by name alone, once.
    const definite = q.mention !== null && q.mention.length > 4 && (q.mention[0] === "T" || q.mention[0] === "t") && /^the\s/i.test(q.mention);
    // So is a one-word plural ("Others"), with its article's text.
    const plural = !definite && q.speaker.endsWith("s") && !q.speaker.includes(" ");
    // So is a one-word outlet's name that is also the surname of someone named in full ("Bloomberg"):
    // the person only where its article writes the person's name (not-person.ts).
    const outletWord = !definite && !plural && isOutletSurname(q.speaker);
    // So is a word in capitals ("CREW"): a body unless its article writes it as a transcript's label.
    const acronym = !definite && !plural && !outletWord && (q.speakerType === "person" || q.speakerType === "unknown") && isAcronym(q.speaker);
    // So is a country or a state in one word ("Russia"): its government unless its article writes it as a surname.
    const place = !definite && !plural && !outletWord && !acronym && (q.speakerType === "person" || q.speakerType === "unknown") && isOneWordPlace(q.speaker);
    // So is a name its article writes as a company's ("Verizon executives"), or written after
    // "General" ("General Electric", which the attribution read as a rank and a surname).
    const personLike = q.speakerType === "person" || q.speakerType === "unknown";
    // So is a name run together with a capital inside ("ProPublica", "WikiLeaks"): a brand's unless
    // its article writes it as a surname.
    const runTogether = !definite && !plural && !outletWord && !acronym && !place && personLike && isRunTogetherName(q.speaker);
    // So is one word that opens a body's name the corpus credits ("Pew" of "Pew Research Center";
    // not-person body-head): the body unless its article writes it as a surname.
    const bodyHead = personLike && !definite && corpus.bodyHeads?.has(q.speaker) === true;
    // A name the credit's document holds ("the RealClearPolitics polling average") is read with its
    // mention and article, as a company's is (not-person document-maker).
    const company =
      !definite &&
      personLike &&
      ((q.mention !== null && q.mention.length > q.speaker.length + 3 && q.mention.includes(q.speaker) && isDocumentSource(q.mention)) ||
        (q.mention !== null && q.mention.startsWith("General ")) ||
        bodyNamesOf(q.articleId).has(q.speaker) ||
        (q.mention !== null && bodyNamesOf(q.articleId).has(q.mention.trim())) ||
        opensBodyName(bodyNamesOf(q.articleId), q.speaker));
    // So is a name that may be a publisher's ("according to Statista", "Variety reported"; not-person
    // publisher), but one word the corpus names someone in full by, which that row never retypes
    // (the row's own test, isCorpusSurname).
    const publisher =
      !definite && !plural && !outletWord && !acronym && !place && !runTogether && !company && personLike && mayBePublisherName(q.speaker) && !isCorpusSurname(q.speaker, corpus);
    // "Ford itself" is read with its mention too. "The X" is read with its article's text as well:
    // "The Republic of Turkey denies" credits "Turkey", whose mention is no "the" before the name
    // alone, and a one-word country is read only with its article (one-word-place).
    let speakerType = definite
      ? inArticle(q)
      : speaksOfItself(q.mention)
      ? alignedType(q.speaker, q.speakerType, { ...corpus, mention: q.mention })
      : company
        ? asCompany(q)
        : plural || outletWord || acronym || place || runTogether || publisher || bodyHead
          ? inArticle(q)
          : byType.get(q.speaker);
    if (speakerType === undefined) byType.set(q.speaker, (speakerType = alignedType(q.speaker, q.speakerType, corpus)));
    // A body's name that ends in a noun for one person ("GOP front-runner") describes that person.
    if (speakerType === "organisation" && describesOnePerson(q.speaker)) speakerType = "anonymous";
    if (isPronounName(q.speaker)) speakerType = "unknown";
    const local = speakerType === "organisation" && commonWord(q.articleId, q.speaker);
    // A full name or an organisation's name means the same speaker in every article, so it is one
    // node; one-word names and descriptions are read within their article.
    let known = isGlobal.get(speakerType);
    if (!known) isGlobal.set(speakerType, (known = new Map()));
    let global = known.get(q.speaker);
    if (global === undefined) {
      const name = q.speaker.trim();
      // A body named by a common noun ("the agency", "union", "state") is whichever body its
      // article means; only a name ("International Atomic Energy Agency") is one across articles.
      global =
        (speakerType === "organisation" && !stateMediaKey(name) && !isDescriptiveName(name) && !isShareOfPeople(name)) ||
        ((speakerType === "person" || speakerType === "unknown") && !DESCRIPTION.test(name) && /^\p{Lu}\S*\s+\S/u.test(name) && !/^(Mr|Mrs|Ms|Dr)\.?\s+\S+$/.test(name));
      known.set(q.speaker, global);
    }
    // Keyed by scope (an article, or everywhere for people / organisations) then name: nested maps
    // rather than a joined string a quote.
    const scope = global && !local ? (speakerType === "organisation" ? "\u0001o" : "\u0001p") : q.articleId;
    let byName = byKey.get(scope);
    if (!byName) byKey.set(scope, (byName = new Map()));
    // Within an article a description is the same whether it opens a sentence or not ("Residents
    // said …", "… residents said"); names keep their case.
    const nameKey = global && !local ? q.speaker : q.speaker.toLowerCase();
    let e = byName.get(nameKey);
    if (!e) {
      e = { node: { idx: order.length, articleIds: [q.articleId], name: q.speaker, type: "unknown", quoteIdx: [], person: null, local }, types: [] };
      byName.set(nameKey, e);
      order.push(e);
    } else if (e.node.articleIds[e.node.articleIds.length - 1] !== q.articleId) {
      // A name quoted in thousands of articles gets a set, so this stays linear in the quotes.
      if (e.node.articleIds.length > 16 && !e.seen) e.seen = new Set(e.node.articleIds);
      if (!(e.seen ? e.seen.has(q.articleId) : e.node.articleIds.includes(q.articleId))) {
        e.node.articleIds.push(q.articleId);
        e.seen?.add(q.articleId);
      }
    }
    e.node.quoteIdx.push(qi);
    const t = e.types.find((x) => x[0] === speakerType);
    if (t) t[1]++;
    else e.types.push([speakerType, 1]);
  });
  const parsed = new Map<string, PersonName | null>();
  const parse = (name: string) => {
    if (!parsed.has(name)) parsed.set(name, parsePersonName(name));
    return parsed.get(name)!;
  };
  return order.map(({ node, types }) => {
    const type = typeOf(types, node.name);
    return { ...node, type, person: isPersonLike(type) ? parse(node.name) : null };
  });
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

/** Where a name stands in a text followed by no suffix of its own ("Donald Trump", not "Donald Trump Jr."). */
const SUFFIX_AFTER = /^,?\s*(?:Jr|Sr|II|III|IV)\b/;
function namedWithoutSuffix(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.slice(at + name.length, at + name.length + 8);
    if (!/^[\p{L}\p{N}]/u.test(after) && !SUFFIX_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * A name with a generational suffix ("James B. Comey Jr.") is often the same person as the name
 * without it ("James B. Comey"): papers drop the suffix. It is not when an article that gives the
 * suffix also writes the other name bare ("Donald Trump Jr." in a story about Donald J. Trump):
 * there the writer tells father and son apart. Two different suffixes ("Jr." and "Sr.") never join,
 * nor does a suffix join when its surname and given name carry two suffixes (which one would it be?).
 */
function joinSuffixed(full: readonly Node[], uf: UnionFind, textOf: (articleId: string) => string): void {
  const suffixed = full.filter((n) => n.person!.suffix);
  if (suffixed.length === 0) return;
  const keyOf = (n: Node) => `${n.person!.surname}\u0000${n.person!.given[0] ?? ""}`;
  const wanted = new Set(suffixed.map(keyOf));
  const plain = new Map<string, Node[]>();
  const suffixes = new Map<string, Set<string>>();
  for (const n of full) {
    const k = keyOf(n);
    if (!wanted.has(k)) continue;
    if (n.person!.suffix) suffixes.set(k, (suffixes.get(k) ?? new Set<string>()).add(n.person!.suffix));
    else push(plain, k, n);
  }
  for (const n of suffixed) {
    const k = keyOf(n);
    const bare = plain.get(k);
    if (!bare || suffixes.get(k)!.size > 1) continue;
    const toldApart = n.articleIds.some((a) => {
      const text = textOf(a);
      return bare.some((b) => namedWithoutSuffix(text, b.name.trim()));
    });
    if (!toldApart) uf.union(n.idx, bare[0].idx);
  }
}

/**
 * The given names of a full name as credited: the words after the last lower-case word or title
 * ("Rubio spokesman Alex Conant" -> "alex"; "Florida Sen. Marco Rubio" -> "marco"), so that role
 * words and the names of whom one works for are not taken for given names.
 */
function givenNamesOf(name: string, p: PersonName): readonly string[] {
  const words = name.trim().split(/\s+/);
  let start = 0;
  words.forEach((w, i) => {
    if (/^\p{Ll}/u.test(w) || isTitle(w.replace(/,$/u, ""))) start = i + 1;
  });
  const after = new Set(words.slice(start).map((w) => parsePersonName(w)?.single ?? ""));
  const kept = p.given.filter((g) => after.has(g));
  return kept.length > 0 ? kept : p.given.slice(-1);
}

/**
 * A one-word name with its titles, folded and written out ("Mr. Obama" -> "mr obama", "President
 * Obama" and "Pres. Obama" -> "president obama", "Lt. Gov. Newsom" -> "lieutenant governor newsom"),
 * or null when it has no title or holds more than titles and a word.
 */
function titledForm(name: string): string | null {
  const p = parsePersonName(name);
  if (!p?.titled || !p.single) return null;
  const words = foldAccents(name).toLowerCase().trim().split(/\s+/);
  const last = words.length - 1;
  if (last < 1 || !words.slice(0, last).every(isTitle)) return null;
  return [...words.slice(0, last).map(fullTitle), words[last].replace(/\./g, "")].join(" ");
}

/** Titles that tell a man from a woman: "Mr. Obama" is never "Mrs. Obama". */
const MALE_TITLES = new Set(["mr", "sir", "lord", "king", "prince", "herr", "m", "dhr", "father", "fr", "congressman"]);
const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "frau", "mme", "mlle", "mevr", "congresswoman"]);

/** "m", "f" or "" (no gendered title) for a set of titled forms ("mr obama"); null when they disagree. */
function genderOfForms(forms: ReadonlySet<string>): string | null {
  const g = new Set<string>();
  for (const f of forms) {
    const t = f.slice(0, f.indexOf(" "));
    if (MALE_TITLES.has(t)) g.add("m");
    else if (FEMALE_TITLES.has(t)) g.add("f");
  }
  return g.size > 1 ? null : ([...g][0] ?? "");
}

/**
 * Two full names of one surname that an article ties by a nickname ("John Ellis Bush … Mr. Bush,
 * known as Jeb" and "Jeb Bush"; nicknames.ts): one person. The given name the article gives, or
 * else the one other full name of that surname its article quotes. No dictionary of nicknames.
 */
function joinNicknames(list: readonly Node[], byGiven: ReadonlyMap<string, Node[]>, uf: UnionFind, textOf: (articleId: string) => string, quotes: readonly Quote[]): void {
  const surname = withoutSuffix(list[0].name).split(/\s+/).pop() ?? "";
  if (!/^\p{Lu}/u.test(surname)) return;
  const articles = new Set(list.flatMap((n) => n.articleIds));
  for (const a of articles) {
    for (const fact of nicknamesIn(textOf(a), surname)) {
      const nick = byGiven.get(foldKey(fact.nick));
      if (!nick) continue;
      let named = fact.given ? byGiven.get(foldKey(fact.given)) : list.filter((n) => n.articleIds.includes(a) && n.person!.given[0] !== foldKey(fact.nick));
      // "Mr. Bush, known as Jeb" where the story quotes two Bushes: the one it credits as "Mr. Bush".
      const form = fact.titled ? `${fact.titled.replace(/\.$/, "")} ${surname}` : null;
      const creditedSo = (n: Node) => n.quoteIdx.some((qi) => quotes[qi].articleId === a && cleanMention(quotes[qi].mention ?? "").replace(/\./g, "") === form);
      if (form && named && named.length > 1 && named.some(creditedSo)) named = named.filter(creditedSo);
      const roots = new Set((named ?? []).map((n) => uf.find(n.idx)));
      if (roots.size === 1) uf.union(nick[0].idx, named![0].idx);
    }
  }
}

/** The pattern of "Mr.", "Ms." and the like written before `surname` ("Ms. Febo"). */
const titledPattern = (surname: string) => new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Sr|Sra|Srta)\\.?\\s+${escapeRegExp(surname)}\\b`, "u");

/**
 * Full names of three words or more by their article and second-to-last word, for names of two
 * surnames (given name, father's surname, mother's surname: "Melba Acosta Febo", then "Ms.
 * Acosta"): the root a title and that word join in that article. Only where the word is no known
 * given name ("Ana Maria Velez" is no "Ms. Maria"), the article never writes a title before the last
 * word ("John Ellis Bush … Mr. Bush": there the last word is the surname), and one root has it.
 */
function firstOfTwoSurnames(full: readonly Node[], uf: UnionFind, textOf: (articleId: string) => string): Map<string, number | false> {
  const roots = new Map<string, number | false>();
  // Whether an article writes a title before a surname, once an article and surname, each surname's
  // pattern built once: a three-word name quoted in many articles built one a name and article.
  const patterns = new Map<string, RegExp>();
  const titled = new Map<string, boolean>();
  const titledIn = (articleId: string, surname: string) => {
    const k = `${articleId}\u0000${surname}`;
    let t = titled.get(k);
    if (t === undefined) {
      let re = patterns.get(surname);
      if (!re) patterns.set(surname, (re = titledPattern(surname)));
      titled.set(k, (t = re.test(textOf(articleId))));
    }
    return t;
  };
  for (const n of full) {
    const words = n.name.trim().split(/\s+/);
    const given = n.person!.given;
    if (given.length < 2 || words.length < 3 || n.person!.suffix) continue;
    const middle = given[given.length - 1];
    const written = words[words.length - 2];
    if (middle.length < 3 || FIRST_NAME_GENDER.has(middle) || !/^\p{Lu}\p{Ll}/u.test(written) || foldKey(written) !== middle) continue;
    for (const a of n.articleIds) {
      if (titledIn(a, words[words.length - 1])) continue;
      const k = `${a}\u0000${middle}`;
      const r = uf.find(n.idx);
      const prev = roots.get(k);
      roots.set(k, prev === undefined || prev === r ? r : false);
    }
  }
  return roots;
}

function linkPeople(nodes: readonly Node[], uf: UnionFind, textOf: (articleId: string) => string, quotes: readonly Quote[]): void {
  const mentionsOf = (n: Node) => n.quoteIdx.map((i) => quotes[i].mention ?? "");
  const people = nodes.filter((n) => n.person);
  const full = people.filter((n) => n.person!.surname);
  // Full names: same surname and the same given name; an initial joins only a unique given name.
  // Work goes by hash buckets, never over all pairs, so a million quotes stay linear.
  // A generational suffix is part of the bucket: "Donald Trump Jr." joins "Donald Trump" only below.
  const bySurname = new Map<string, Node[]>();
  for (const n of full) push(bySurname, `${n.person!.surname!}\u0000${n.person!.suffix ?? ""}`, n);
  for (const list of bySurname.values()) {
    const byGiven = new Map<string, Node[]>();
    for (const n of list) push(byGiven, n.person!.given[0] ?? "", n);
    for (const group of byGiven.values()) for (const n of group.slice(1)) uf.union(group[0].idx, n.idx);
    const spelledKeys = [...byGiven.keys()].filter((g) => g.length > 1);
    if (byGiven.size > 1) joinNicknames(list, byGiven, uf, textOf, quotes);
    for (const [g, group] of byGiven) {
      // An initial ("K.") or no given name at all: the one spelled given name that fits. A short
      // form of three letters or more ("Ben", "Ash") is the one longer given name it opens
      // ("Benjamin J. Rhodes", "Ashton Carter"), as an initial is; it is two letters shorter at
      // least ("Dan" is no "Dana").
      if (g.length === 2) continue;
      const fits = spelledKeys.filter((k) => g === "" || (k.startsWith(g) && (g.length === 1 || k.length >= g.length + 2)));
      if (fits.length === 1) for (const n of group) uf.union(n.idx, byGiven.get(fits[0])![0].idx);
    }
  }
  joinSuffixed(full, uf, textOf);
  // Given names, not the role words a credit may put before them ("Rubio spokesman Alex Conant"
  // gives "Alex", not "Rubio"): a bare "Rubio" is no one's given name.
  const givenNames = new Set(full.flatMap((n) => givenNamesOf(n.name, n.person!)));
  const singles = people.filter((n) => n.person!.single);
  // A bare surname ("Mr. Trump", "Trump") is the name written without a suffix when there is one
  // ("Donald J. Trump", not "Donald Trump Jr.", who is "the younger Mr. Trump"); the suffixed names
  // count only where no other full name has that surname.
  const roots = (suffixed: boolean) => {
    const rootsIn = new Map<string, Set<number>>();
    const rootsAll = new Map<string, Set<number>>();
    for (const n of full) {
      if (!!n.person!.suffix !== suffixed) continue;
      const r = uf.find(n.idx);
      for (const a of n.articleIds) {
        const k = `${a}\u0000${n.person!.surname}`;
        rootsIn.set(k, (rootsIn.get(k) ?? new Set<number>()).add(r));
      }
      rootsAll.set(n.person!.surname!, (rootsAll.get(n.person!.surname!) ?? new Set<number>()).add(r));
    }
    return { rootsIn, rootsAll };
  };
  const plain = roots(false);
  const suffixed = roots(true);
  const rootsIn = { get: (k: string) => plain.rootsIn.get(k) ?? suffixed.rootsIn.get(k) };
  const rootsAll = { get: (k: string) => plain.rootsAll.get(k) ?? suffixed.rootsAll.get(k), has: (k: string) => plain.rootsAll.has(k) || suffixed.rootsAll.has(k) };
  // Which full names each title and surname as written ("mr obama", "president obama") stood for
  // where an article gave the full name: a full name's quote credited through a mention of that
  // form, or a one-word name of that form joined to the one full name of its article.
  const titledFor = new Map<string, Map<number, Set<string>>>();
  const saw = (form: string | null, idx: number, articleId: string) => {
    if (!form) return;
    let byNode = titledFor.get(form);
    if (!byNode) titledFor.set(form, (byNode = new Map()));
    byNode.set(idx, (byNode.get(idx) ?? new Set<string>()).add(articleId));
  };
  // An article that names two people of that surname ("Barack Obama", "Michelle Obama") is no
  // evidence: which of them its "Mr. Obama" is was the attribution's guess (one such story credits
  // Michelle Obama with "Mr. Obama"'s words, which would carry every "Mr. Obama" to her).
  const fullBySurname = new Map<string, Node[]>();
  for (const n of full) push(fullBySurname, n.person!.surname!, n);
  const onlyOneNamed = (n: Node, articleId: string) => {
    const text = textOf(articleId);
    return !(fullBySurname.get(n.person!.surname!) ?? []).some((o) => uf.find(o.idx) !== uf.find(n.idx) && mentions(text, o.name.trim()));
  };
  for (const n of full)
    for (const qi of n.quoteIdx) {
      const form = titledForm(cleanMention(quotes[qi].mention ?? ""));
      if (form && onlyOneNamed(n, quotes[qi].articleId)) saw(form, n.idx, quotes[qi].articleId);
    }
  // The titled forms a one-word name was written in: its own ("Mr. Obama"), or its quotes' mentions
  // where attribution kept the surname alone ("Obama", mentioned as "Mr. Obama").
  const formsOf = (n: Node) => {
    const forms = new Set<string>();
    for (const f of [titledForm(n.name), ...mentionsOf(n).map((m) => titledForm(cleanMention(m)))]) if (f && f.endsWith(` ${n.person!.single}`)) forms.add(f);
    return forms;
  };
  // A full name of each root, as the roots stand before the one-word names join them.
  const fullOfRoot = new Map<number, Node>();
  for (const n of full) if (!fullOfRoot.has(uf.find(n.idx))) fullOfRoot.set(uf.find(n.idx), n);
  const firstSurname = firstOfTwoSurnames(full, uf, textOf);
  const unresolved: Node[] = [];
  const notSurnameHere = (n: Node) => isPlaceName(n.name.trim()) || mentionsOf(n).some((m) => /^the\s/i.test(m.trim()) && cleanMention(m) === n.name.trim());
  for (const n of singles) {
    const word = n.person!.single!;
    const local = rootsIn.get(`${n.articleIds[0]}\u0000${word}`);
    // The one full name its article quotes, unless the article also names another person of that
    // surname ("Michelle Obama" quoted, "Barack Obama" only named: "Mr. Obama" may be either).
    const localNamed = local?.size === 1 ? fullOfRoot.get([...local][0]) : undefined;
    if (local && !(localNamed && !onlyOneNamed(localNamed, n.articleIds[0]))) {
      if (local.size === 1) {
        const named = fullOfRoot.get([...local][0]);
        if (named && onlyOneNamed(named, n.articleIds[0])) for (const f of formsOf(n)) saw(f, n.idx, n.articleIds[0]);
        uf.union(n.idx, [...local][0]);
      }
      continue;
    }
    const paternal = !local && (n.person!.titled || formsOf(n).size > 0) && firstSurname.get(`${n.articleIds[0]}\u0000${word}`);
    if (paternal !== undefined && paternal !== false) {
      uf.union(n.idx, paternal);
      continue;
    }
    const global = rootsAll.get(word);
    // A bare word that is also someone's given name could be either person: leave it apart. So may
    // a word that is no surname where its article uses it: a place ("Washington" is the government
    // as often as a Washington) or a name written with "the" ("The Hill", "the Democrats").
    const ambiguous = !n.person!.titled && (givenNames.has(word) || notSurnameHere(n));
    if (global && global.size === 1 && !ambiguous) uf.union(n.idx, [...global][0]);
    else if (global) unresolved.push(n);
  }
  // Full names by given name, for namedInFull: a story that names "Reyes Voss" may mean him by "Reyes".
  let fullByGiven: Map<string, Node[]> | null = null;
  /**
   * A bare surname, no title written ("Trump"), in a story that quotes no full name of it, where the
   * corpus has several bearers (Donald, Eric and Ivanka Trump): the one bearer whose name, as some
   * article credits it, the story itself writes ("Donald Trump" in its text), or null. A story that
   * names two bearers, or someone whose given name the word is, leaves it apart.
   */
  const namedInFull = (n: Node): number | null => {
    if (n.person!.titled || formsOf(n).size > 0 || notSurnameHere(n)) return null;
    const word = n.person!.single!;
    const text = textOf(n.articleIds[0]);
    const roots = new Set<number>();
    for (const o of fullBySurname.get(word) ?? []) if (mentions(text, o.name.trim())) roots.add(uf.find(o.idx));
    if (roots.size !== 1) return null;
    if (!fullByGiven) {
      fullByGiven = new Map();
      for (const o of full) for (const g of givenNamesOf(o.name, o.person!)) push(fullByGiven, g, o);
    }
    if ((fullByGiven.get(word) ?? []).some((o) => mentions(text, o.name.trim()))) return null;
    const [root] = roots;
    return titledOthers(text, n.name.trim(), root) ? null : root;
  };
  // Whether a story writes a title and the surname ("Mr. Obama", "President Obama") that stood for
  // someone else where an article named one bearer, or for no one known: then its bare surname may
  // be that person ("Obama" credited for "The president" in a story that names "Michelle Obama" in
  // full and the president only as "Mr. Obama").
  const titledOthers = (text: string, surname: string, root: number): boolean => {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(text[at + surname.length] ?? " ")) continue;
      const before = /(\p{L}[\p{L}.]{0,20})\s+$/u.exec(text.slice(Math.max(0, at - 24), at));
      if (!before || !isTitle(before[1])) continue;
      const form = titledForm(`${before[1]} ${surname}`);
      const stood = form ? titledFor.get(form) : undefined;
      if (!stood || [...stood.keys()].some((i) => uf.find(i) !== root)) return true;
    }
    return false;
  };
  // A title and surname in an article that gives no full name ("Mr. Obama"), where the corpus holds
  // several full names with that surname (Barack and Michelle Obama), is the one person that very
  // form stood for where an article gave both; if it stood for two people, or for none, it stays
  // apart (two people who share a surname are never joined on the surname alone).
  // A bare surname, no title written ("Obama"), in a story that names no bearer in full but writes a
  // title and that surname ("President Obama", "Pres. Obama") that stood for one person wherever an
  // article named one bearer: that person. A form written there that stood for two, or for no one
  // known, or a bearer the story names in full, leaves it apart.
  const titledInText = (n: Node): number | null => {
    if (n.person!.titled || formsOf(n).size > 0 || notSurnameHere(n)) return null;
    const surname = n.name.trim();
    const text = textOf(n.articleIds[0]);
    if ((fullBySurname.get(n.person!.single!) ?? []).some((o) => mentions(text, o.name.trim()))) return null;
    let root: number | null = null;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(text[at + surname.length] ?? " ")) continue;
      const before = /(\p{L}[\p{L}.]{0,20})\s+$/u.exec(text.slice(Math.max(0, at - 24), at));
      if (!before || !isTitle(before[1])) continue;
      const form = titledForm(`${before[1]} ${surname}`);
      const stood = new Set([...(form ? titledFor.get(form)?.keys() ?? [] : [])].map((i) => uf.find(i)));
      if (stood.size !== 1) return null;
      const [r] = stood;
      if (root !== null && root !== r) return null;
      root = r;
    }
    return root;
  };
  for (const n of unresolved) {
    const stood = new Map<number, Set<string>>();
    for (const f of formsOf(n))
      for (const [i, arts] of titledFor.get(f) ?? []) {
        const r = uf.find(i);
        stood.set(r, new Set([...(stood.get(r) ?? []), ...arts]));
      }
    const [only] = stood.size === 1 ? [...stood] : [];
    if (only) uf.union(n.idx, only[0]);
    else {
      const named = namedInFull(n) ?? titledInText(n);
      if (named !== null) uf.union(n.idx, named);
    }
  }
  // Titled surnames with no full name anywhere ("Mr. Homsi" in two articles, or "Francis" credited
  // as "Pope Francis") are still one person; "Mr. Homsi" and "Mrs. Homsi" are two.
  const titledByWord = new Map<string, { node: Node; gender: string }[]>();
  for (const n of singles) {
    const word = n.person!.single!;
    const forms = formsOf(n);
    if (!(n.person!.titled || forms.size > 0) || rootsAll.has(word)) continue;
    const gender = genderOfForms(forms);
    if (gender !== null) push(titledByWord, word, { node: n, gender });
  }
  // Per word, one person unless both a man's and a woman's title are written; then one a title,
  // and the ungendered forms ("Dr. Homsi") stay apart: either could be meant.
  const oneTitled = new Map<string, Node>();
  for (const [word, list] of titledByWord) {
    const genders = new Set(list.map((e) => e.gender).filter(Boolean));
    const first = new Map<string, Node>();
    for (const { node, gender } of list) {
      if (genders.size > 1 && !gender) continue;
      const k = genders.size > 1 ? gender : "";
      const prev = first.get(k);
      if (prev) uf.union(prev.idx, node.idx);
      else first.set(k, node);
    }
    if (first.size === 1) oneTitled.set(word, [...first.values()][0]);
  }
  // A bare one-word name ("Francis") that no full name bears and that is no one's given name is the
  // one person who bears it with a title ("Pope Francis"), as a bare surname is its one full name's.
  for (const n of singles) {
    const word = n.person!.single!;
    const titled = oneTitled.get(word);
    if (titled && !n.person!.titled && formsOf(n).size === 0 && !givenNames.has(word)) uf.union(titled.idx, n.idx);
  }
  // The same one-word name twice in one article is one person. A titled one ("Pres. Obama") is one
  // node across its articles: it meets the bare name ("Obama") in each of them, not in its first only.
  const localSingles = new Map<string, Node>();
  for (const n of singles)
    for (const a of n.articleIds) {
      const k = `${a}\u0000${n.person!.single}`;
      const prev = localSingles.get(k);
      if (prev) uf.union(prev.idx, n.idx);
      else localSingles.set(k, n);
    }
}

/**
 * An organisation's node key for linkOrganisations: its name, or, for a body named by a common noun
 * ("the agency"), its name in its article, which it never leaves.
 */
const orgNodeKey = (n: Node) => (n.local || isDescriptiveName(n.name) || isShareOfPeople(n.name) ? `${n.articleIds[0]}\u0000${n.name}` : n.name);
const keyName = (k: string) => k.slice(k.indexOf("\u0000") + 1);

/**
 * Whether a common noun ("agency", "budget office", "board") is the head of a longer name: its last
 * words, or the words before a preposition ("Illinois Board of Elections", "a story by the website").
 * "campaign" is no head of "a Washington Post analysis of campaign finance filings", nor "court" of
 * "a Supreme Court advocate".
 */
const AFTER_HEAD = new Set(["of", "for", "by", "to", "from", "on", "in", "at", "with", "about"]);

function headOf(short: string, long: string): boolean {
  const s = orgKey(keyName(short)).split(" ");
  const l = orgKey(keyName(long)).split(" ");
  for (let p = 0; p + s.length <= l.length; p++) {
    if (!s.every((w, i) => l[p + i] === w)) continue;
    const next = l[p + s.length];
    if (next === undefined || AFTER_HEAD.has(next)) return true;
  }
  return false;
}

function linkOrganisations(nodes: readonly Node[], uf: UnionFind, textOf: (articleId: string) => string, mentionsOf: (n: Node) => readonly string[]): void {
  // Names first (a corpus has few distinct organisation names, however many articles quote them).
  const byName = new Map<string, Node[]>();
  for (const n of nodes) if (n.type === "organisation") push(byName, orgNodeKey(n), n);
  const names = [...byName.keys()];
  const nameUf = new UnionFind(names.length);
  const idx = new Map(names.map((n, i) => [n, i]));
  const state = names.map((n) => stateMediaKey(n));
  const byCountry = new Map<string, number[]>();
  state.forEach((s, i) => s?.country && push(byCountry, s.country, i));
  for (const list of byCountry.values()) for (const i of list.slice(1)) nameUf.union(list[0], i);
  const countries = [...byCountry.values()];
  // "State television" without a country: the one country's state media in the same corpus.
  state.forEach((s, i) => s && !s.country && countries.length === 1 && nameUf.union(i, countries[0][0]));
  // Names in `named`; bodies named by a common noun ("the agency", keyed by article) in `scoped`.
  const plain = names.filter((_, i) => !state[i]);
  const named = plain.filter((n) => !n.includes("\u0000"));
  const scoped = plain.filter((n) => n.includes("\u0000"));
  const byKey = new Map<string, string>();
  for (const n of named) {
    const k = undottedAcronym(n)?.toLowerCase() ?? orgKey(n);
    const prev = byKey.get(k);
    if (prev) nameUf.union(idx.get(prev)!, idx.get(n)!);
    else byKey.set(k, n);
  }
  const byAcronym = new Map<string, string[]>();
  for (const n of named) {
    const a = acronymOf(n);
    if (a) push(byAcronym, a, n);
  }
  const keyTokens = new Map(plain.map((n) => [n, new Set(orgKey(keyName(n)).split(" "))]));
  // Names by each of their words: a longer name holding `n` holds its rarest word, so only that
  // word's names are tried (bodies named by a common noun are one name an article: not all pairs).
  const byToken = new Map<string, string[]>();
  for (const n of plain) for (const t of keyTokens.get(n)!) push(byToken, t, n);
  // A shorter name inside exactly one longer one among `among` ("the Observatory" in "Syrian
  // Observatory for ..."; "Judicial Watch" in "a press release from Judicial Watch"), where `fits`
  // agrees. `holds` may then refuse the one it found (it picks nothing among several).
  const joinSuperset = (n: string, among: readonly string[] | null, fits: (short: string, long: string) => boolean = () => true, holds: (short: string, long: string) => boolean = () => true) => {
    const toks = [...keyTokens.get(n)!];
    if (!toks.some((t) => t.length >= 4)) return;
    const candidates = among ?? toks.map((t) => byToken.get(t) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
    const supersets = new Set<number>();
    let held = true;
    for (const m of candidates) {
      const mt = keyTokens.get(m)!;
      if (m !== n && mt.size > toks.length && toks.every((t) => mt.has(t)) && fits(n, m)) {
        supersets.add(nameUf.find(idx.get(m)!));
        held &&= holds(n, m);
      }
    }
    if (supersets.size === 1 && held) nameUf.union(idx.get(n)!, [...supersets][0]);
  };
  // An acronym that spells no name but opens exactly one longer name ("CBS" and "CBS News") is its
  // short form. (Not any capitalised word: "Department" opens a sentence as often as a name.) A
  // name, not a description it opens with a role in lower case ("GOP speechwriter" is no "GOP").
  const namesOn = (m: string) => /^\p{Lu}/u.test(m.trim().replace(/^the\s+/i, "").split(/\s+/)[1] ?? "");
  const joinLeading = (n: string, acronym: string) => {
    const word = orgKey(acronym);
    const longer = new Set((byToken.get(word) ?? []).filter((m) => !m.includes("\u0000") && orgKey(m).startsWith(`${word} `) && namesOn(m)).map((m) => nameUf.find(idx.get(m)!)));
    if (longer.size === 1) nameUf.union(idx.get(n)!, [...longer][0]);
  };
  // A one-word name that ends several longer names ("Post": Washington Post, New York Post) is the
  // one its articles name in full: "The Washington Post … The Post reported" in every article that
  // quotes "Post", and no other of them there. An article that names none ("The Times" in the Times
  // itself) or two leaves it apart.
  const joinByMention = (n: string) => {
    const word = orgKey(n);
    const longer = (byToken.get(word) ?? []).filter((m) => !m.includes("\u0000") && orgKey(m).endsWith(` ${word}`) && holdsAsName(n, m));
    if (longer.length === 0) return;
    // A mention that says more than the name ("the Justice Department" read as "Department") is
    // that name, whatever the article names besides.
    if (byName.get(n)!.some((node) => fullerMention(n, mentionsOf(node)) !== null)) return;
    let only: number | null = null;
    for (const node of byName.get(n)!)
      for (const a of node.articleIds) {
        const text = textOf(a);
        const named = new Set(longer.filter((m) => mentions(text, m)).map((m) => nameUf.find(idx.get(m)!)));
        if (named.size !== 1) return;
        const r = [...named][0];
        if (only !== null && only !== r) return;
        only = r;
      }
    if (only !== null) nameUf.union(idx.get(n)!, only);
  };
  // A description holds a name in any order where its article quotes that name too ("National
  // Academies report" and "A report released … by the National Academies"); a description of
  // another article only word for word.
  const fromItsArticle = (short: string, long: string) => {
    if (!long.includes("\u0000")) return true;
    const a = long.slice(0, long.indexOf("\u0000"));
    return byName.get(short)!.some((node) => node.articleIds.includes(a)) || wordForWord(short, long);
  };
  // A name holds another's words in their order (a description of an article is read by fromItsArticle).
  const ordered = (short: string, long: string) => long.includes("\u0000") || holdsInOrder(orgKey(short).split(" "), orgKey(long).split(" "));
  // Longer names first, so that two longer names that are one body ("Syrian Observatory", "Syrian
  // Observatory for Human Rights") are joined before a shorter one inside both looks for its one
  // superset: in input order it found two and joined neither (stable: ties keep input order).
  const longestFirst = [...named].sort((a, b) => keyTokens.get(b)!.size - keyTokens.get(a)!.size);
  for (const n of longestFirst) {
    if (isOneWordName(n)) joinByMention(n);
    const acronym = undottedAcronym(n) ?? n;
    if (isAcronym(acronym)) {
      const hits = new Set((byAcronym.get(acronym.toLowerCase()) ?? []).map((m) => nameUf.find(idx.get(m)!)));
      if (hits.size === 1) nameUf.union(idx.get(n)!, [...hits][0]);
      else if (hits.size === 0) joinLeading(n, acronym);
      continue;
    }
    // A place joins a longer name only as its head: "Wall Street" is not "Wall Street Journal", nor
    // "United States" its Customs and Border Protection. A description owned by someone ("her
    // Twitter account") is theirs, not the body it names.
    const place = isPlaceName(n);
    joinSuperset(n, null, fromItsArticle, (short, long) => (!place || headOf(short, long)) && !/^(?:his|her|their)\s/i.test(keyName(long)) && holdsAsName(short, long) && !anotherSource(short, long) && ordered(short, long));
  }
  // "the agency" joins the one name of its own article that holds it ("International Atomic Energy
  // Agency", "nonpartisan Congressional Budget Office" for "budget office"), never a name found only
  // in other articles: there it may be another agency.
  const namesIn = new Map<string, string[]>();
  for (const n of plain) for (const node of byName.get(n)!) for (const a of node.articleIds) push(namesIn, a, n);
  for (const k of scoped) joinSuperset(k, namesIn.get(k.slice(0, k.indexOf("\u0000"))) ?? [], headOf);
  const first = new Map<number, Node>();
  for (const [name, list] of byName) {
    const r = nameUf.find(idx.get(name)!);
    const head = first.get(r) ?? list[0];
    first.set(r, head);
    for (const n of list) uf.union(head.idx, n.idx);
  }
}

/**
 * Whether a longer name holds the shorter one as a name's words: a one-word name written with its
 * capital ("Only time" does not hold "Time"), and not as words of a place inside it ("Capitol
 * Hill", "Republicans on Capitol Hill" hold no name of the paper "The Hill").
 */
function holdsAsName(short: string, long: string): boolean {
  const words = long.trim().split(/\s+/);
  if (isOneWordName(short) && !words.includes(short)) return false;
  const own = short.toLowerCase().split(/\s+/);
  for (let n = 2; n <= 3; n++)
    for (let i = 0; i + n <= words.length; i++) {
      const window = words.slice(i, i + n);
      if (isPlaceName(window.join(" ")) && own.every((w) => window.some((x) => x.toLowerCase() === w))) return false;
    }
  return true;
}

/** Nouns an outlet's one-word name takes after it and stays the outlet ("Breitbart News", "CBS News"). */
const MEDIA_NOUNS: ReadonlySet<string> = new Set(["news", "media", "online", "magazine", "network", "radio", "tv", "television", "newspaper", "politics"]);

/** Prepositions that make the name after them the one spoken to: "an interview with", "an account she gave to". */
const SPOKEN_TO = new Set(["with", "to"]);

/**
 * Whether a longer name that holds a shorter one is another source's words, not the shorter body's:
 * words given to it ("an interview with The New York Times", "an account she gave to The Washington
 * Free Beacon": the interviewee's), another body's work on it ("a POLITICO analysis of FEC records":
 * POLITICO's), or an office inside it named in capitals ("State Department Refugee Processing
 * Center": the office, not the department). "a report by", "a letter from", "Heritage Foundation
 * website" stay the body's.
 */
function anotherSource(short: string, long: string): boolean {
  const words = keyName(long).trim().split(/\s+/);
  const first = keyName(short).trim().replace(/^the\s+/i, "").split(/\s+/);
  const fold = (w: string) => w.toLowerCase().replace(/[’']s$|[.,;:]$/u, "");
  const at = words.findIndex((w, i) => first.every((f, k) => fold(words[i + k] ?? "") === fold(f)));
  if (at < 0) return false;
  let p = at - 1;
  if (p >= 0 && words[p].toLowerCase() === "the") p--;
  const before = p >= 0 ? words[p].toLowerCase() : "";
  if (SPOKEN_TO.has(before)) return true;
  if (before === "of" && words.slice(0, p).some((w, i) => i > 0 && /^\p{Lu}/u.test(w))) return true;
  // A capitalised word after it: a longer name, a part of the body ("State Department Refugee
  // Processing Center") or another body ("Bloomberg New Energy Finance"); a name of two words or
  // more only where nothing (or only a determiner) stands before it, and one word not before an
  // outlet's noun ("Breitbart" is "Breitbart News").
  const next = words[at + first.length];
  if (next === undefined || !/^\p{Lu}/u.test(next) || AFTER_HEAD.has(next.toLowerCase())) return false;
  if (first.length === 1) return !MEDIA_NOUNS.has(next.toLowerCase());
  return p < 0 || (p === 0 && /^(?:a|an)$/i.test(words[0]));
}

/**
 * Whether a description of one article (keyed by it) holds a shorter name word for word ("a
 * statement from Vale's office" holds "Vale's office"; "a report released by the National
 * Academies" does not hold "National Academies report"). A misread clause holds a name's words
 * apart ("A close look at Mr. Trump's two airplanes - … used on the campaign trail" took "Trump's
 * campaign" of two other stories).
 */
const wordForWord = (short: string, long: string): boolean => ` ${orgKey(keyName(long))} `.includes(` ${orgKey(keyName(short))} `);

/** A name of one capitalised word, no acronym ("Post", "Journal"; not "CBS", "the agency"). */
const isOneWordName = (n: string) => /^\p{Lu}\p{Ll}+$/u.test(n);

/** Whether `name` stands in `text` as a whole name ("Washington Post" in "The Washington Post's"). */
function mentions(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + name.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** A surname as a key: lower case, accents folded, no "al-" ("Hollande", "Calderón" -> "calderon"). */
const foldKey = (w: string) => foldAccents(w).toLowerCase().replace(/^al-/, "");

/** `mentions`, under a name the alias loop of alignSpeakers does not shadow. */
const standsIn = (text: string, name: string) => mentions(text, name);

/**
 * Whether a mention reads as a name: the word before the surname, if any, is no lower-case word
 * ("footage of Trump", "spokesman Conant" are not names; "Mr. Trump", "Donald Trump", "Marta de
 * Vries" are).
 */
function nameLikeAlias(m: string): boolean {
  const words = m.trim().split(/\s+/);
  if (words.length < 2) return true;
  const before = words[words.length - 2];
  return !/^\p{Ll}/u.test(before) || NAME_PARTICLES.has(before) || DUTCH_PARTICLES.has(before);
}

// The particles a name keeps inside it are the model's NAME_PARTICLES, as attribution keeps them; an
// alias also takes the Dutch "ter"/"ten" ("Anna ter Horst"), which NAME_PARTICLES leaves out: there
// a particle lets a name run on into the next capital, and "ten" is as often the number ("Ann Lee
// ten Days").
const DUTCH_PARTICLES: ReadonlySet<string> = new Set(["ter", "ten"]);

/** The name part of a mention: no leading article, no appositive after a comma, no possessive. */
// The mention is the source as written, appositive included ("X, the mayor", "X — a farmer —",
// "X (D-Ohio)"): the alias is the part before it.
// Words that show a "mention" is a misread clause or a pair ("Obama and Clinton", "a missive on Trump").
const NOT_IN_NAME = /\b(?:on|about|who|which|that|said|and|or|with|to|from)\b|['’]s\s/iu;
const cleanMention = (m: string) => m.split(/\s*[,(—–―]|\s+--?\s+/u)[0].trim().replace(/^the\s+/i, "").replace(/[’']s$/u, "").trim();

/**
 * A fuller name the text itself gives: a mention that ends with the speaker's name and is itself a
 * name ("The Syrian Observatory for Human Rights" for "Human Rights"). Descriptions do not count.
 */
function fullerMention(name: string, mentions: readonly string[]): string | null {
  let best: string | null = null;
  for (const raw of mentions) {
    const m = cleanMention(raw);
    if (m.length <= name.length || !m.endsWith(name) || DESCRIPTION.test(m)) continue;
    // "The" inside it opens a new sentence ("Calif. The Islamic State"): not one name.
    if (/\s(?:The|A|An)\s/u.test(m)) continue;
    if (!/^(\p{Lu}[\p{L}’'.-]*|of|for|and|the|on|in|de|al|van|von)(\s+(\p{Lu}[\p{L}’'.-]*|of|for|and|the|on|in|de|al-\p{Lu}[\p{L}-]*|van|von))*$/u.test(m)) continue;
    if (!best || m.length > best.length) best = m;
  }
  return best;
}

function canonicalName(members: readonly Node[], type: SpeakerType): string {
  const score = (n: Node) => {
    const quotes = n.quoteIdx.length;
    if (type === "person" || type === "unknown") {
      const p = n.person;
      const fullness = p ? (p.surname ? 10 + p.given.length : p.titled ? 1 : 0) : 0;
      return fullness * 1000 + quotes;
    }
    // An organisation's name before a description holding one ("nonpartisan Commission on
    // Presidential Debates"), and that before a common noun ("International Monetary Fund", not
    // "fund", however often the article says "the fund").
    // A common word that opened its sentence ("Newspaper") names no more than the noun in lower case.
    const naming = n.local ? 0 : !isDescriptiveName(n.name) ? 2 : /\p{Lu}/u.test(n.name) ? 1 : 0;
    return naming * 1e12 + quotes * 1000 + n.name.length;
  };
  let best = members[0];
  for (const m of members) if (score(m) > score(best)) best = m;
  // Full names of two given names that are no short form of each other were joined by a nickname
  // the article gave ("Jeb Bush", "John Ellis Bush"): the name the articles quote most is the one a
  // reader knows, not the longer.
  if ((type === "person" || type === "unknown") && best.person?.surname) {
    let most = best;
    for (const m of members) if (m.person?.surname && m.quoteIdx.length > most.quoteIdx.length) most = m;
    const [g, h] = [best.person.given[0] ?? "", most.person!.given[0] ?? ""];
    if (most !== best && g && h && !g.startsWith(h) && !h.startsWith(g)) best = most;
  }
  return fullerNoun(best.name.trim(), members) ?? best.name.trim();
}

/** A determiner a description opens with, which its name leaves out ("a congressional report"). */
const DETERMINER = /^(?:a|an|the|one|this|that)\s+/i;
/** A common noun with at most two lower-case words before it ("congressional report", "social media company"). */
const SHORT_NOUN_PHRASE = /^[\p{Ll}-]+(?: [\p{Ll}-]+){0,2}$/u;

/**
 * The fuller form an article gives a body it names by a common noun: "report", said of most quotes,
 * is the article's "a congressional report" (a reader sees "congressional report", not "report").
 * Only a short phrase ending in the noun; a clause ("not until the week after the newspaper's
 * editorial") is a misread subject, no name. The phrase said most often wins, then the longer.
 */
function fullerNoun(name: string, members: readonly Node[]): string | null {
  const noun = name.replace(DETERMINER, "");
  if (!SHORT_NOUN_PHRASE.test(noun)) return null;
  let best: string | null = null;
  let bestQuotes = 0;
  for (const m of members) {
    const phrase = m.name.trim().replace(DETERMINER, "");
    if (phrase.length <= noun.length || !phrase.endsWith(` ${noun}`) || !SHORT_NOUN_PHRASE.test(phrase)) continue;
    const n = m.quoteIdx.length;
    if (!best || n > bestQuotes || (n === bestQuotes && phrase.length > best.length)) [best, bestQuotes] = [phrase, n];
  }
  return best;
}

function majorityType(members: readonly Node[]): SpeakerType {
  const c = new Map<SpeakerType, number>();
  for (const m of members) c.set(m.type, (c.get(m.type) ?? 0) + m.quoteIdx.length);
  let best: SpeakerType = members[0].type;
  for (const [t, n] of c) if (n > (c.get(best) ?? 0)) best = t;
  return best;
}


/** A name without its generational suffix ("Joseph R. Biden Jr." -> "Joseph R. Biden"). */
const withoutSuffix = (name: string) => name.trim().replace(/,?\s+(?:Jr|Sr|II|III|IV)\.?$/u, "");

/** One identity per person across articles; quotes get the canonical name and its speaker's type. Pure. */
export function alignSpeakers(articles: readonly Article[], input: readonly Quote[]): { speakers: Speaker[]; quotes: Quote[] } {
  // Speakers read without a word the credit ran on into ("Los Angeles Times each"), so they join
  // their name and the quotes are rewritten to it below.
  const quotes = input.map((q) => {
    const speaker = q.speaker && withoutRunOn(q.speaker);
    return speaker && speaker !== q.speaker ? { ...q, speaker } : q;
  });
  const textById = new Map(articles.map((a) => [a.id, a.text]));
  const nodes = buildNodes(quotes, notPersonContext(articles, quotes), (id) => textById.get(id) ?? "");
  const uf = new UnionFind(nodes.length);
  const mentionsOf = (n: Node) => n.quoteIdx.map((i) => quotes[i].mention ?? "");
  linkPeople(nodes, uf, (id) => textById.get(id) ?? "", quotes);
  linkOrganisations(nodes, uf, (id) => textById.get(id) ?? "", mentionsOf);

  // Full names by surname as written in the canonical name (lower case), for the alias check below.
  const othersBySurname = new Map<string, Node[]>();
  for (const n of nodes) if (n.person?.surname && isPersonLike(n.type)) push(othersBySurname, foldKey(n.name.trim().split(/\s+/).pop() ?? ""), n);
  const otherNamed = (qi: number, root: number, surname: string) =>
    (othersBySurname.get(foldKey(surname)) ?? []).some((o) => uf.find(o.idx) !== root && standsIn(textById.get(quotes[qi].articleId) ?? "", o.name.trim()));
  // Whom each title and surname ("mr obama") stood for in articles that name one person of that surname.
  const formStood = new Map<string, Set<number>>();
  for (const n of nodes) {
    if (!n.person || !isPersonLike(n.type)) continue;
    const root = uf.find(n.idx);
    for (const qi of n.quoteIdx) {
      const form = titledForm(cleanMention(quotes[qi].mention ?? ""));
      if (!form) continue;
      const surname = form.slice(form.lastIndexOf(" ") + 1);
      if (!otherNamed(qi, root, surname)) formStood.set(form, (formStood.get(form) ?? new Set<number>()).add(root));
    }
  }
  const clusters = new Map<number, Node[]>();
  for (const n of nodes) {
    const r = uf.find(n.idx);
    const list = clusters.get(r) ?? [];
    list.push(n);
    clusters.set(r, list);
  }
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const ids = uniqueIds();
  const speakers: Speaker[] = [];
  const canonicalOfQuote: (string | undefined)[] = new Array(quotes.length);
  // The type each quote's speaker is lined up as (its speaker's), so that quotes, checks and reports
  // read the type `speakers` gives: a quote kept attribution's ("person" for a "Russia said" that
  // align read as an organisation, never "document"), and the CSV's speaker_type and the checks that
  // read a quote's type disagreed with the speaker's.
  const typeOfQuote: (SpeakerType | undefined)[] = new Array(quotes.length);
  for (const members of clusters.values()) {
    const type = majorityType(members);
    const rawMentions = new Set<string>();
    for (const m of members) for (const qi of m.quoteIdx) if (quotes[qi].mention) rawMentions.add(quotes[qi].mention!);
    const mentions = [...rawMentions];
    const given = canonicalName(members, type);
    // A fuller mention completes a partial name ("Human Rights" -> "The Syrian Observatory for Human
    // Rights", "Homsi" -> a full name); a person already named in full keeps it ("Lena Vogt", not
    // "Principal Lena Vogt").
    const fullName = type === "person" && /\s/.test(given.trim());
    const name = type === "anonymous" || type === "group" || fullName ? given : (fullerMention(given, mentions) ?? given);
    // A poll, a report, a study or an email credited with words ("a new Monmouth poll", "the
    // report", "IMF report", "a report Tuesday from WKOW", "a CNN tally": record-source.ts) is a
    // document, however the attribution typed it (an organisation, an
    // unnamed source, a group): no body speaking and no person withholding a name. Read from the
    // name the cluster goes by, after the joins, which stay those of the attribution's type.
    // An abstract thing ("history says", "a trend") or a gathering ("the crowd chanted") that the
    // type read as an unnamed source is no one left unnamed: unknown, or a group (abstract-source).
    // "The paper" of a story that speaks of a newspaper and of no paper written is the newspaper
    // (newspaper.ts), and a body's name ending in its noun ("U.S. Geological Survey") no survey.
    const shownType: SpeakerType =
      type !== "person" && isRecordSource(name) && !endsInPublicBodyNoun(name.split(" "))
        ? members.every((m) => m.articleIds.length === 1 && m.articleIds[0] === members[0].articleIds[0]) && meansNewspaper(name, textById.get(members[0].articleIds[0]) ?? "")
          ? "organisation"
          : "document"
        : type === "anonymous" || type === "unknown"
          ? (abstractSourceType(name) ?? type)
          : type;
    // Most clusters are one node, whose quotes are already in input order and articles distinct.
    const quoteIdx = members.length === 1 ? members[0].quoteIdx : Int32Array.from(members.flatMap((m) => m.quoteIdx)).sort();
    for (const qi of quoteIdx) {
      canonicalOfQuote[qi] = name;
      typeOfQuote[qi] = shownType;
    }
    const articleIds = (members.length === 1 ? [...members[0].articleIds] : [...new Set(members.flatMap((m) => m.articleIds))]).sort(
      (a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0),
    );
    const aliases = new Set<string>();
    // The surname is the last word before a generational suffix ("Joseph R. Biden Jr." is "Mr. Biden").
    const nameWords = type === "person" ? withoutSuffix(name).split(/\s+/) : [];
    const surname = type === "person" ? (nameWords[nameWords.length - 1] ?? "").toLowerCase().replace(/^al-/, "") : "";
    // The first of two surnames ("Melba Acosta Febo" written "Ms. Acosta") names her as the last does.
    const middle = nameWords.length >= 3 ? nameWords[nameWords.length - 2].toLowerCase() : "";
    const firstSurname = middle.length >= 3 && /^\p{Ll}+$/u.test(middle) && !FIRST_NAME_GENDER.has(middle) ? middle : "";
    for (const m of members) if (m.name.trim() !== name) aliases.add(m.name.trim());
    const roles: { articleId: string; role: string }[] = [];
    const seenRole = new Set<string>();
    const root = uf.find(members[0].idx);
    for (const qi of quoteIdx) {
      const raw = quotes[qi].mention;
      if (!raw || PRONOUN.test(raw.trim())) continue;
      // Without a word the credit ran on into ("Wells Fargo just", "Los Angeles Times each"), as the speaker's name is.
      const m = withoutRunOn(cleanMention(raw));
      if (aliases.has(m)) continue;
      // A person's alias carries their surname ("Mr. Homsi", "Gov. Ann Lee"); a mention without it
      // is a description or a misread subject, not another name for them.
      const last = type === "person" ? (withoutSuffix(m).toLowerCase().split(/\s+/).pop() ?? "").replace(/^al-/, "").replace(/[’']s$/u, "") : "";
      if (type === "person" && surname && ((last !== surname && (!firstSurname || last !== firstSurname)) || NOT_IN_NAME.test(m))) continue;
      if (type === "person" && !nameLikeAlias(m)) continue;
      // "Mr. Obama" in an article that also names another Obama is an alias only if that form
      // stood for no one else where an article named one Obama ("Mr. Obama" credited to "Michelle
      // Obama" in a story that names Barack Obama too is the attribution's slip).
      const form = type === "person" ? titledForm(m) : null;
      if (form && otherNamed(qi, root, surname)) {
        const stood = formStood.get(form);
        if (stood && !stood.has(root)) continue;
      }
      if (m && m !== name && m.toLowerCase() !== name.toLowerCase()) aliases.add(m);
    }
    // A word of a body's own name is no role of it: "General" of "General Electric", which the
    // attribution read as a rank before the surname "Electric".
    const ownWords = type === "person" ? null : new Set(name.split(/\s+/));
    for (const qi of quoteIdx) {
      const q = quotes[qi];
      if (q.role && !ownWords?.has(q.role)) {
        const k = `${q.articleId}\u0000${q.role}`;
        if (!seenRole.has(k)) {
          seenRole.add(k);
          roles.push({ articleId: q.articleId, role: q.role });
        }
      }
    }
    const outlets = [...new Set(articleIds.map((a) => outletOf.get(a)).filter((o): o is string => !!o))];
    const base = slug(name);
    const id = ids.take(base, ids.has(base) && articleIds.length === 1 ? `${base}@${articleIds[0]}` : base);
    speakers.push({
      id,
      name,
      type: shownType,
      aliases: [...aliases],
      roles,
      outlets,
      articleIds,
      quoteIds: Array.from(quoteIdx, (qi) => quotes[qi].id),
    });
  }
  speakers.sort((a, b) => b.quoteIds.length - a.quoteIds.length || a.name.localeCompare(b.name));
  const rewritten = input.map((q, qi) => {
    const name = canonicalOfQuote[qi];
    const type = typeOfQuote[qi];
    if (!name || (name === q.speaker && type === q.speakerType)) return q;
    return { ...q, speaker: name, speakerType: type ?? q.speakerType };
  });
  return { speakers, quotes: rewritten };
}
