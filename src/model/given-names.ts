/**
 * Given names by gender, read by attribution (a name's gender for "he"/"she", a given name that
 * opens a name run) and by conflicts (whether two voices can be one person). Kept in the model so
 * conflicts depends on it, not on attribution's files. Common names only: none is taken from an
 * article.
 */

/** A speaker's gender as the text tells it: "n" for a body ("it"), null when nothing tells. */
export type Gender = "m" | "f" | "n" | null;

/** Common given names by gender (English and Arabic transliterations that news uses often). */
const MALE_NAMES = (
  "aaron adam ahmad ahmed ali alan alex alexander andrew anthony ben benjamin bernie bill billy bob brian bruce " +
  "carl charles chris christopher dan daniel david dennis donald doug douglas ed edward eric frank fred gary george " +
  "greg gregory harry henry ian jack jacob james jason jeb jeff jeffrey jeremy jerry jim jimmy joe john jon jonathan " +
  "jose joseph josh joshua juan justin keith ken kenneth kevin khaled khalid khalil larry lee lindsey marco mark " +
  "martin matt matthew michael mike mitch mitt mohamed mohammad mohammed muhammad nick nicholas omar omran paul " +
  "peter phil philip rand richard rick rob robert roger ron ronald ryan sam samuel scott sean sergei stephen steve " +
  "steven ted thomas tim timothy todd tom tony vladimir walter william hassan hussein hussain mahmoud mustafa " +
  "youssef yusuf ibrahim abdullah abdul rami bashar hafez karim tariq walid ziad jamal nabil samir fadi majid " +
  "newt marco reince corey kellyanne chuck harry nancy mitch hakeem bernie " +
  // More of the commonest (US census and news) and of the Arabic ones; none that is also an everyday
  // word ("will", "grant", "said") or given to women and men alike ("jordan", "leslie", "terry").
  "albert arthur barry bernard bobby bradley brandon brett bryan calvin carlos chad charlie clarence craig " +
  "curtis dale darren derek don duane dustin dylan earl eddie edwin elijah ernest eugene evan francisco " +
  "gabriel gerald glenn gordon harold harvey herbert howard hugh isaac jake jared javier jeremiah jesse " +
  "joel johnny jorge julian kyle lance lawrence leonard leon lloyd louis luis luke manuel marcus mario " +
  "marvin maurice melvin miguel nathan neil norman oliver oscar patrick pedro perry ralph randy raymond " +
  "ricardo ricky roberto rodney roy russell seth shawn stanley stuart travis troy tyler vernon victor " +
  "vincent wayne wesley willie zachary rudy trey talal fahd faisal saud salman hamad hamid hasan osama " +
  "anwar bilal tarek tamer nasser saeed akram ayman adel imad hisham kamal mazen mohsen nidal raed sami " +
  "wael yasser zaid marwan hani fouad ghassan hamza haitham qasim riad salah suleiman yahya yousef"
).split(" ");
const FEMALE_NAMES = (
  "amanda amy angela ann anna anne barbara betty carly carol caroline catherine christine claire deborah diana " +
  "donna elizabeth ellen emily emma fatima hillary helen irina jane janet jennifer jessica jill joan julia julie karen " +
  "kate katherine kathleen kathy kelly kellyanne kim laura lauren linda lisa maria marie mary melania michelle " +
  "nancy nicole nikki patricia rachel rebecca sarah sharon stephanie susan teresa theresa valerie victoria " +
  "virginia hope huma ivanka chelsea megyn sheryl condoleezza madeleine samantha elena ruth sonia layla leila " +
  "lina maya nour rana rania reem salma sara yasmin zainab aisha amal hanan huda mariam maryam noor " +
  "dorothy abigail alice alicia alison allison andrea annie ashley audrey beth betsy beverly brenda " +
  "brittany candace carla carmen carolyn cathy cecilia charlotte cheryl cindy colleen connie courtney " +
  "cynthia danielle darlene debbie debra denise diane dianne doris edith eileen elaine eleanor erica erin " +
  "esther eva evelyn florence frances gail gina gladys gloria gwen hannah heather heidi irene jackie " +
  "jacqueline janice jeanne jenna jenny joanne josephine joyce judith judy juanita katie kathryn kayla " +
  "kristen kristin kirsten lillian lois loretta lori lorraine louise lucy lynn marcia margaret marilyn " +
  "marjorie marsha martha megan meghan melissa mildred mindy miriam molly monica nadia naomi natalie nina " +
  "nora norma olivia pamela patty paula pauline peggy phyllis priscilla rhonda rita roberta rosa rosemary " +
  "sally sandra sheila shelley sherry shirley stacy sue suzanne sylvia tamara tammy tanya tara tiffany " +
  "tina tracy vanessa vera veronica vicki vivian wanda wendy yolanda zoe keisha latoya samira dina hala " +
  "mona nadine rasha zeina ghada hiba manal nawal rima dalia farida jamila khadija laila nabila amira"
).split(" ");
export const FIRST_NAME_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...MALE_NAMES.map((n) => [n, "m"] as [string, Gender]),
  ...FEMALE_NAMES.map((n) => [n, "f"] as [string, Gender]),
]);
