/**
 * Names of places that more than one stage reads: extraction and attribution tell a place from a
 * person's name with them ("Dayton, Ohio", "Sen. Rob Portman (R-Ohio)"), and the cross-source stages
 * read the speakers found so with the same lists ("Capitol Hill" speaks for a body, no person).
 * General knowledge, no article's.
 */

/** The United States' states, as news writes them after a town ("Dayton, Ohio", "Fresno, Calif."). */

// The states' abbreviations in news style (AP and postal), for "(R-Fla.)", "(D-NY)".
export const STATES: ReadonlyMap<string, string> = new Map(
  (
    "Ala.:Alabama AL:Alabama Ariz.:Arizona AZ:Arizona Ark.:Arkansas AR:Arkansas Calif.:California CA:California " +
    "Colo.:Colorado CO:Colorado Conn.:Connecticut CT:Connecticut Del.:Delaware DE:Delaware Fla.:Florida FL:Florida " +
    "Ga.:Georgia GA:Georgia Ill.:Illinois IL:Illinois Ind.:Indiana IN:Indiana Kan.:Kansas KS:Kansas Ky.:Kentucky " +
    "KY:Kentucky La.:Louisiana LA:Louisiana Md.:Maryland MD:Maryland Mass.:Massachusetts MA:Massachusetts " +
    "Mich.:Michigan MI:Michigan Minn.:Minnesota MN:Minnesota Miss.:Mississippi MS:Mississippi Mo.:Missouri " +
    "MO:Missouri Mont.:Montana MT:Montana Neb.:Nebraska NE:Nebraska Nev.:Nevada NV:Nevada N.H.:New_Hampshire " +
    "NH:New_Hampshire N.J.:New_Jersey NJ:New_Jersey N.M.:New_Mexico NM:New_Mexico N.Y.:New_York NY:New_York " +
    "N.C.:North_Carolina NC:North_Carolina N.D.:North_Dakota ND:North_Dakota Okla.:Oklahoma OK:Oklahoma " +
    "Ore.:Oregon OR:Oregon Pa.:Pennsylvania PA:Pennsylvania R.I.:Rhode_Island RI:Rhode_Island " +
    "S.C.:South_Carolina SC:South_Carolina S.D.:South_Dakota SD:South_Dakota Tenn.:Tennessee TN:Tennessee " +
    "Vt.:Vermont VT:Vermont Va.:Virginia VA:Virginia Wash.:Washington WA:Washington W.Va.:West_Virginia " +
    "WV:West_Virginia Wis.:Wisconsin WI:Wisconsin Wyo.:Wyoming WY:Wyoming Alaska:Alaska AK:Alaska Hawaii:Hawaii " +
    "HI:Hawaii Idaho:Idaho ID:Idaho Iowa:Iowa IA:Iowa Maine:Maine ME:Maine Ohio:Ohio OH:Ohio Texas:Texas TX:Texas " +
    "Utah:Utah UT:Utah Tex.:Texas"
  )
    .split(" ")
    .map((pair) => pair.split(":").map((x) => x.replace(/_/g, " ")) as [string, string]),
);

const STATE_NAMES: ReadonlySet<string> = new Set(STATES.values());

/** Whether `written` ("Ohio", "New York") is a state's name written out (no abbreviation). */
export const isStateName = (written: string): boolean => STATE_NAMES.has(written);

/** Whether `written` ("Ohio", "New York", "Calif.", "N.Y.") is a state's name or its news abbreviation. */
export const isState = (written: string): boolean => STATES.has(written) || STATE_NAMES.has(written);

/**
 * Places of two or more words that a name run reads like a person's name ("New Hampshire", "United States",
 * "Los Angeles"): countries, regions and large cities of news, besides the states (above). General
 * knowledge, no article's.
 */
const PLACE_NAMES: ReadonlySet<string> = new Set([
  "United States", "United Kingdom", "Great Britain", "Saudi Arabia", "North Korea", "South Korea", "South Africa", "South Sudan",
  "New Zealand", "Puerto Rico", "Sri Lanka", "Costa Rica", "El Salvador", "Soviet Union", "European Union", "Middle East",
  "Latin America", "South America", "North America", "Central America", "Hong Kong", "Gaza Strip", "West Bank", "Persian Gulf",
  "Czech Republic", "Dominican Republic", "Ivory Coast", "Sierra Leone", "Papua New Guinea", "Bosnia and Herzegovina",
  "United Arab Emirates", "Golan Heights", "South China Sea", "New York City", "Los Angeles", "San Francisco", "Las Vegas",
  "New Orleans", "San Diego", "San Antonio", "San Jose", "St. Louis", "Salt Lake City", "Kansas City", "Des Moines", "Baton Rouge",
  "Palm Beach", "West Palm Beach", "Silicon Valley", "Capitol Hill", "Wall Street", "Rio de Janeiro", "Buenos Aires", "Mexico City",
  "Tel Aviv", "Abu Dhabi", "Sao Paulo", "Beverly Hills", "Fort Worth", "El Paso", "Little Rock", "Santa Fe", "Santa Monica",
]);

/** A state ("Ohio", "New York") or another place of two or more words ("United States", "Los Angeles"). */
export const isPlaceName = (written: string): boolean => isState(written) || PLACE_NAMES.has(written);

/**
 * Countries named in one word as news writes them ("Russia", "Iran", "U.S."), which a name run reads
 * like a person's name or surname: a country credited with words ("Russia said") speaks for its
 * government. General knowledge, no article's. Countries of more than one word are in PLACE_NAMES.
 */
const COUNTRIES: ReadonlySet<string> = new Set(
  (
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain Bangladesh " +
    "Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Britain Brunei Bulgaria Burundi Cambodia " +
    "Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Ecuador Egypt England Eritrea " +
    "Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti " +
    "Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kosovo " +
    "Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia " +
    "Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma " +
    "Namibia Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland " +
    "Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan " +
    "Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Uganda " +
    "Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe America U.S. U.K. USA"
  ).split(" "),
);

/** A country named in one word ("Russia", "Iran", "U.S."). */
export const isCountryName = (written: string): boolean => COUNTRIES.has(written);

/**
 * Cities named in one word that news credits with words for the government or council seated there
 * ("Beijing has vowed to ignore", "Moscow said", "the cities of Blackpool and Liverpool said they
 * would light …"): capitals and large cities that are no common given name or surname ("Houston",
 * "Jackson", "Austin", "Santiago", "Paris" are left out). General knowledge, no article's; the cross-source
 * stage reads them as it reads a one-word country, with the article (a surname there stays one).
 */
const CITIES: ReadonlySet<string> = new Set(
  (
    "Beijing Moscow Tehran Damascus Baghdad Kabul Ankara Cairo Riyadh Jerusalem Brussels Pyongyang Seoul Tokyo Kiev Kyiv " +
    "Havana Caracas Ottawa Canberra Beirut Islamabad Berlin Madrid Lisbon Athens Vienna Warsaw Budapest Prague " +
    "Stockholm Oslo Copenhagen Helsinki Dublin Amsterdam Geneva Tripoli Tunis Algiers Rabat Khartoum Nairobi Abuja Pretoria " +
    "Manila Jakarta Hanoi Bangkok Taipei Doha Sanaa Amman Minsk Tbilisi Baku Yerevan Tashkent Astana Bogota Quito Managua " +
    "Brasilia Tallahassee Sacramento Albany Harrisburg Chicago Philadelphia Boston Baltimore Detroit Atlanta Seattle Miami " +
    "Pittsburgh Milwaukee Minneapolis Liverpool Manchester Glasgow Edinburgh Marseille Munich Frankfurt Istanbul Karachi Mumbai"
  ).split(" "),
);

/** A city named in one word ("Beijing", "Liverpool"). */
export const isCityName = (written: string): boolean => CITIES.has(written);
