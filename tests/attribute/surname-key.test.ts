import { describe, expect, it } from "vitest";
import { surnameKey } from "../../src/attribute/entities.js";

// The key a person is filed under: the last name part in lower case, without a possessive, a
// generational suffix or an "al-"/"el-" prefix. Every suffix is three characters or fewer
// ("jr.", "iii"); surnameKey looks a part up among them only when it is that short, so the rows
// hold suffixes of each length, and short surnames that are none.
describe("surnameKey", () => {
  it.each([
    ["Tom Reyes", "reyes"],
    ["Tom Reyes’s", "reyes"],
    ["Tom Reyes Jr", "reyes"],
    ["Tom Reyes Jr.", "reyes"],
    ["Tom Reyes Sr.", "reyes"],
    ["Tom Reyes, Jr.", "reyes"],
    ["Tom Reyes II", "reyes"],
    ["Tom Reyes III", "reyes"],
    ["Tom Reyes IV", "reyes"],
    ["Jr.", "jr."],
    ["Ann Li", "li"],
    ["Ann Lee", "lee"],
    ["Ann Ivy", "ivy"],
    ["Ann Srin", "srin"],
    ["Khaled al-Asaad", "asaad"],
  ])("%s -> %s", (name, key) => {
    expect(surnameKey(name)).toBe(key);
  });
});
