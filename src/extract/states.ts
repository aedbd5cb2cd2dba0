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

/** Whether `written` ("Ohio", "New York", "Calif.", "N.Y.") is a state's name or its news abbreviation. */
export const isState = (written: string): boolean => STATES.has(written) || STATE_NAMES.has(written);
