export { alignSpeakers } from "./speakers.js";
export { groupQuotes } from "./groups.js";
