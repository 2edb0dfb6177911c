import { parseFrameworkJson, type Framework } from "../../domain";
import type { DocumentSettings } from "./officeRuntime";

/** The document setting where the task pane remembers the framework the user picked. */
export const FRAMEWORK_SETTING = "cchc.framework";

/** The framework saved in the document, or null (none saved, or malformed: edited by hand, an older version). */
export function readFrameworkSetting(settings: DocumentSettings): Framework | null {
  const raw = settings.get(FRAMEWORK_SETTING);
  if (raw === null || raw === undefined) return null;
  const name = typeof raw === "object" && typeof (raw as { name?: unknown }).name === "string" ? (raw as { name: string }).name : "";
  const read = parseFrameworkJson(raw, name);
  return read.ok ? read.framework : null;
}

/** Stores the framework (or removes the setting for null) and saves the document's settings. */
export function saveFrameworkSetting(settings: DocumentSettings, framework: Framework | null): Promise<void> {
  if (framework) settings.set(FRAMEWORK_SETTING, framework);
  else settings.remove(FRAMEWORK_SETTING);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => (result.status === "failed" ? reject(result.error ?? new Error("saveAsync failed")) : resolve())),
  );
}
