import type { Deduction } from "../check/analysis";
import { findAreaProfile } from "./areaSteps";
import type { Criterion } from "../tree/criteria";
import { findKindRule, kindStep } from "./kindSteps";
import { normalizeText } from "../base/normalizeText";
import type { PlanOptions, RemediationStep, StepTemplate } from "./remediation";
import { cleanText } from "./remediationText";
import { codeLineage, normalizeStepCode } from "./stepCode";
import { completeStep, type StepDraft } from "./stepDraft";

/** What chooseSteps needs to know of an area. */
export interface AreaToRemedy {
  area: Criterion;
  /** The area's deducted leaves, in sheet order. */
  leaves: readonly Deduction[];
  fullMarks: boolean;
}

/**
 * Columns 3–5 of one row. A full-mark area gets one "Phát huy kết quả đạt được…" step tailored to the area.
 * Otherwise each deducted leaf contributes its step: the workbook's own template for the leaf's code or its nearest
 * ancestor (the area code included) when there is one, else the step for the kind of criterion its title names,
 * else the area's default. Steps are de-duplicated (two plans missing -> their own plan steps, two reports late ->
 * one report step), in the order of the leaves. An area that lost points on no listed leaf gets its default step.
 */
export function chooseSteps(target: AreaToRemedy, options: PlanOptions): RemediationStep[] {
  const profile = findAreaProfile(target.area.title);
  // Many leaves share one library draft: fill in its year once (a 200-character replace per leaf adds up).
  const completed = new Map<StepDraft, RemediationStep>();
  const complete = (draft: StepDraft): RemediationStep => {
    let step = completed.get(draft);
    if (!step) completed.set(draft, (step = completeStep(draft, options.year, options.defaultDeadline ?? "Thường xuyên")));
    return step;
  };
  if (target.fullMarks) return [complete(profile.keepUp)];
  const templates = indexTemplates(options.templates ?? []);
  // Most workbooks have no template sheet: then no leaf's ancestors need listing.
  const lineage = (code: string) => (templates.size === 0 ? [] : codeLineage(code));
  const steps = target.leaves.length === 0
    ? templatedOr(templates, [target.area.code], complete(profile.remedy))
    : target.leaves.flatMap((leaf) => templatedOr(templates, lineage(leaf.code), complete(ownDraft(leaf, profile.remedy))));
  return uniqueSteps(steps);
}

function ownDraft(leaf: Deduction, areaRemedy: StepDraft): StepDraft {
  const rule = findKindRule(leaf.title);
  return rule ? kindStep(rule, leaf.title) : areaRemedy;
}

/** The templates of the nearest code in `lineage`, or our own step when the workbook has none for it. */
function templatedOr(templates: Map<string, StepTemplate[]>, lineage: string[], own: RemediationStep): RemediationStep[] {
  const code = lineage.find((candidate) => templates.has(candidate));
  if (code === undefined) return [own];
  return (templates.get(code) ?? []).map((template) => {
    const step: RemediationStep = {
      text: cleanText(template.step),
      // The workbook's deadline wins; without one, the deadline our step would have had still fits the criterion.
      deadline: cleanText(template.deadline) || own.deadline,
      note: cleanText(template.note),
    };
    const lead = cleanText(template.lead ?? "");
    const support = cleanText(template.support ?? "");
    if (lead !== "") step.lead = lead;
    if (support !== "") step.support = support;
    return step;
  });
}

function indexTemplates(templates: readonly StepTemplate[]): Map<string, StepTemplate[]> {
  const index = new Map<string, StepTemplate[]>();
  for (const template of templates) {
    const code = normalizeStepCode(template.code);
    if (code === "" || cleanText(template.step) === "") continue;
    index.set(code, [...(index.get(code) ?? []), template]);
  }
  return index;
}

function uniqueSteps(steps: readonly RemediationStep[]): RemediationStep[] {
  const seenText = new Set<string>();
  const seen = new Set<string>();
  return steps.filter((step) => {
    // The same text repeats for many leaves; it need not be folded again to know it is a duplicate.
    if (seenText.has(step.text)) return false;
    seenText.add(step.text);
    const key = normalizeText(step.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
