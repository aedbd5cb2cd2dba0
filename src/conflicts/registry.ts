import type { Check } from "./check.js";
import { contradictionCheck } from "./checks/contradiction.js";
import { corroborationCheck } from "./checks/corroboration.js";
import { disputedCheck } from "./checks/disputed.js";
import { misattributionCheck } from "./checks/misattribution.js";
import { numberCheck } from "./checks/number.js";
import { temporalCheck } from "./checks/temporal.js";
import { variantCheck } from "./checks/variant.js";

/** Every conflict check, in the order their findings are listed. */
export const CHECKS: readonly Check[] = [
  contradictionCheck,
  numberCheck,
  disputedCheck,
  temporalCheck,
  corroborationCheck,
  variantCheck,
  misattributionCheck,
];
