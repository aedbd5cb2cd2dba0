/** The United States' states, as news writes them (src/model/place-names.ts: other stages read them too). */
export { STATES, isState } from "../model/place-names.js";
