import type { Deduction } from "../check/analysis";
import type { Criterion } from "../tree/criteria";
import { AREA_PROFILES } from "./areaSteps";
import { chooseSteps } from "./chooseSteps";
import { KIND_RULES, kindStep } from "./kindSteps";

/**
 * Which step of the library the planner proposes for one deducted criterion of an area: the kind of the step
 * (`KIND_RULES` kind), `area:<kind>` for an area's own step, or "other" (a generic sentence). Used to measure how well
 * the steps fit real criterion titles (test and bench); the planner itself never needs the name.
 */
export function chosenStepKind(areaTitle: string, criterionTitle: string): string {
  const area = areaNode(areaTitle);
  const leaf: Deduction = { code: "1.1", title: criterionTitle, level: 2, max: 1, score: 0, lost: 1, reason: "", cell: area.cells.code, leaf: true };
  const [step] = chooseSteps({ area, leaves: [leaf], fullMarks: false }, { year: 2026 });
  const text = step?.text ?? "";
  for (const rule of KIND_RULES) {
    if (completed(kindStep(rule, criterionTitle).text) === text) return rule.kind;
  }
  for (const profile of AREA_PROFILES) {
    if (completed(profile.remedy.text) === text) return `area:${profile.kind}`;
  }
  return "other";
}

function completed(text: string): string {
  return text.replace(/\{year\}/g, "2026");
}

function areaNode(title: string): Criterion {
  const cell = { sheet: "S", row: 0, col: 0 };
  return {
    code: "1", writtenCode: "1", title, level: 1, max: 1, score: 0, selfScore: null, appraisedScore: 0,
    reason: "", evidence: "", cells: { code: cell }, children: [],
  };
}
