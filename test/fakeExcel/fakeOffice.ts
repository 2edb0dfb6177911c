import { versionAtLeast } from "./requestContext";

/** The part of the `Office` global the add-in uses: requirement sets, display language, document settings. */
export interface FakeOffice {
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { settings: FakeSettings };
  };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
}

/** Office.Settings: `set` changes the in-memory copy; only `saveAsync` stores it in the document. */
export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: "succeeded" | "failed"; value: undefined; error?: { message: string } }) => void): void;
  /** Test helper: what the document holds (saved settings). */
  saved(): Record<string, unknown>;
}

function clone<V>(value: V): V {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

export function createFakeOffice(options: {
  apiVersion: string;
  displayLanguage: string;
  settings: Record<string, unknown>;
  otherSets: Record<string, string>;
}): FakeOffice {
  let saved = clone(options.settings);
  const live = clone(saved);
  const settings: FakeSettings = {
    get: (name) => (name in live ? clone(live[name]) : null),
    set: (name, value) => {
      live[name] = clone(value);
    },
    remove: (name) => {
      delete live[name];
    },
    saveAsync: (callback) => {
      saved = clone(live);
      void Promise.resolve().then(() => callback?.({ status: "succeeded", value: undefined }));
    },
    saved: () => clone(saved),
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    context: {
      displayLanguage: options.displayLanguage,
      requirements: {
        isSetSupported(name, minVersion = "1.1") {
          const version = name === "ExcelApi" ? options.apiVersion : options.otherSets[name];
          return version !== undefined && versionAtLeast(version, minVersion);
        },
      },
      document: { settings },
    },
    onReady(callback) {
      return Promise.resolve(info).then((i) => {
        callback?.(i);
        return i;
      });
    },
  };
}
