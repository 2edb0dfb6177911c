import type { HighlightPlan, HighlightRule, Lang } from "../../domain";
import { HostError } from "../errors";
import { recordKey, ruleSignature, toRecord, type HighlightRecord } from "./highlightRecords";
import { hostMessage } from "./messages";

/** What to load of a sheet's conditional formats to recognise ours: id, type, custom formula and fill. */
const CF_FIELDS = "items/id,items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color";

/**
 * Rules added per request. Each rule is a handful of actions (range, add, formula, fill); Excel on the web refuses
 * requests over 5 MB, so a plan with thousands of per-cell rules is sent in several requests.
 */
export const RULES_PER_SYNC = 1500;

/** A sheet and every conditional format on it, loaded. */
interface SheetProbe {
  name: string;
  sheet: Excel.Worksheet;
  formats: Excel.ConditionalFormatCollection;
}

/**
 * Adds one custom conditional format per rule (formula + fill over the rule's range, so colours follow the scores)
 * in 2 round trips: sync 1 checks protection and loads the conditional formats of the sheets concerned; sync 2
 * deletes the add-in's earlier ones there (highlighting twice does not stack them) and adds the new ones. A protected
 * sheet is refused before anything is written. Returns the records to remember and every sheet name seen.
 */
export async function applyHighlightRules(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  remembered: HighlightRecord[],
  lang: Lang,
): Promise<{ records: HighlightRecord[]; sheetNames: string[] }> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const probes = probeSheets(context, plan.rules.map((r) => r.sheet));
  await context.sync();
  assertUnprotected(probes, lang);
  const mine = [...remembered, ...plan.rules.map(toRecord)];
  const removed = deleteOwnFormats(probes, mine).signatures;
  const sheetOf = new Map(probes.map((p) => [p.name, p.sheet]));
  // Excel adds each rule at the top priority: added last to first, the plan's first rule ends on top, and all of
  // them above the user's own rules (deliberately: the colour the user asked for is the one shown).
  const rules = [...plan.rules].reverse();
  for (let start = 0; start < rules.length; start += RULES_PER_SYNC) {
    rules.slice(start, start + RULES_PER_SYNC).forEach((rule) => queueRule(sheetOf.get(rule.sheet)!, rule));
    await context.sync();
  }
  // Records whose rules were all replaced are dropped; those of sheets not touched now stay for "Xóa tô màu".
  const kept = remembered.filter((r) => !removed.has(ruleSignature(r.sheet, r)));
  return { records: dedupe([...kept, ...plan.rules.map(toRecord)]), sheetNames: worksheets.items.map((s) => s.name) };
}

/**
 * Removes the conditional formats the add-in added — recognised by their signature, so also after Excel moved or
 * split them — and nothing else (the user's own rules stay), in
 * 3 round trips: which remembered sheets still exist; their protection and conditional formats; the deletes.
 * Returns how many formats were removed.
 */
export async function clearHighlightRules(context: Excel.RequestContext, remembered: HighlightRecord[], lang: Lang): Promise<number> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const present = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const records = remembered.filter((r) => present.has(r.sheet.toLowerCase()));
  if (!records.length) return 0;
  const probes = probeSheets(context, records.map((r) => r.sheet));
  await context.sync();
  assertUnprotected(probes, lang);
  const { count } = deleteOwnFormats(probes, records);
  if (count) await context.sync();
  return count;
}

function queueRule(sheet: Excel.Worksheet, rule: HighlightRule): void {
  const format = sheet.getRange(rule.range).conditionalFormats.add("Custom");
  format.custom.rule.formula = rule.formula;
  format.custom.format.fill.color = rule.fill;
}

/** One probe per distinct sheet: its protection and all its conditional formats (the whole-sheet range's). */
function probeSheets(context: Excel.RequestContext, names: string[]): SheetProbe[] {
  const distinct = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
  return distinct.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name).load("name,protection/protected");
    return { name, sheet, formats: sheet.getRange().conditionalFormats.load(CF_FIELDS) };
  });
}

/** Refuses before any write: HostError("sheet_protected") naming the first protected sheet. */
function assertUnprotected(probes: SheetProbe[], lang: Lang): void {
  const locked = probes.find((p) => p.sheet.protection.protected);
  if (locked) {
    throw new HostError("sheet_protected", hostMessage(lang, "sheetProtected", locked.sheet.name), { target: locked.sheet.name });
  }
}

/**
 * Queues the delete of every format on the probed sheets that carries the signature of one of `mine` — however
 * Excel moved or split it since — and of nothing else; returns how many, and the signatures found.
 */
function deleteOwnFormats(probes: SheetProbe[], mine: HighlightRecord[]): { count: number; signatures: Set<string> } {
  const wanted = new Set(mine.map((r) => ruleSignature(r.sheet, r)));
  const signatures = new Set<string>();
  let count = 0;
  for (const { name, formats } of probes) {
    for (const format of formats.items) {
      const signature = signatureOf(format, name);
      if (!signature || !wanted.has(signature)) continue;
      signatures.add(signature);
      format.delete();
      count++;
    }
  }
  return { count, signatures };
}

/** A custom rule's signature as Excel shows it back, or undefined for any other kind of rule. */
function signatureOf(format: Excel.ConditionalFormat, sheet: string): string | undefined {
  if (format.type !== "Custom" || format.customOrNullObject.isNullObject) return undefined;
  const custom = format.customOrNullObject;
  return ruleSignature(sheet, { formula: custom.rule.formula, fill: custom.format.fill.color });
}

function dedupe(records: HighlightRecord[]): HighlightRecord[] {
  return [...new Map(records.map((r) => [recordKey(r), r])).values()];
}
