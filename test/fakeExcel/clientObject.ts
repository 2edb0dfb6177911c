import { fakeError } from "./fakeError";
import type { FakeRequestContext } from "./requestContext";

/** Anything a load path can reach: objects and collections. */
export interface Loadable {
  applyLoad(paths: string[]): unknown;
}

export type LoadSpec = string | string[] | { select?: string; expand?: string } | Record<string, unknown>;

/** "name, items/protection/protected" / ["a","b"] / {select, expand} / LoadOptions objects -> paths. */
export function parseLoadSpec(spec?: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return spec.split(",").map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((p) => parseLoadSpec(p));
  if ("select" in spec || "expand" in spec) {
    return [...parseLoadSpec(spec.select as string | undefined), ...parseLoadSpec(spec.expand as string | undefined)];
  }
  return Object.entries(spec).flatMap(([key, value]) => {
    if (value === true) return [key];
    if (value && typeof value === "object") return parseLoadSpec(value as LoadSpec).map((p) => `${key}/${p}`);
    return [];
  });
}

/** "a/b", "a/c", "d" -> { a: ["b","c"], d: [] } */
export function groupPaths(paths: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split("/");
    const list = groups.get(head) ?? [];
    if (rest.length) list.push(rest.join("/"));
    groups.set(head, list);
  }
  return groups;
}

/**
 * A strict proxy like OfficeExtension.ClientObject: a property can be read only after `load()` and `sync()`;
 * writes are queued and reach the model at sync. The target (model object) is resolved at the first sync that
 * needs it and kept. `nullable` proxies (…OrNullObject) learn `isNullObject` at the next sync.
 */
export abstract class FakeClientObject<T> implements Loadable {
  protected abstract readonly typeName: string;
  private readonly loadedValues = new Map<string, unknown>();
  private resolved: { target: T | null } | undefined;
  private nullKnown: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly where: string,
    private readonly resolver: () => T | null,
    private readonly nullable = false,
  ) {
    if (nullable && !context.syncing) {
      context.enqueue({ kind: "read", op: "isNullObject", target: where, run: () => (this.nullKnown = this.target() === null) });
    }
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullKnown === undefined) throw fakeError("PropertyNotLoaded", `${this.typeName}.isNullObject`);
    return this.nullKnown;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context.enqueue({ kind: "read", op: `${this.typeName}.load`, target: this.where, payload: paths, run: () => this.applyLoad(paths) });
    return this;
  }

  applyLoad(paths: string[]): unknown {
    const readers = this.scalarReaders();
    const groups = groupPaths(paths);
    if (groups.size === 0) Object.keys(readers).forEach((name) => groups.set(name, []));
    const target = this.target();
    if (this.nullable) this.nullKnown = target === null;
    const data: Record<string, unknown> = {};
    for (const [name, rest] of groups) {
      const reader = readers[name];
      if (reader) {
        data[name] = target === null ? null : reader(target);
        this.loadedValues.set(name, data[name]);
        continue;
      }
      const nav = this.navigation(name);
      if (!nav) throw fakeError("InvalidArgument", `${this.typeName}.load`, `Unknown property "${name}".`);
      data[name] = nav.applyLoad(rest);
    }
    return data;
  }

  /** Readers of the loadable scalar properties, by name. */
  protected abstract scalarReaders(): Record<string, (target: T) => unknown>;

  /** Navigation properties a load path may go through ("format", "protection"…). */
  protected navigation(_name: string): Loadable | undefined {
    return undefined;
  }

  protected target(): T | null {
    if (!this.resolved) this.resolved = { target: this.resolver() };
    return this.resolved.target;
  }

  protected requireTarget(location: string): T {
    const target = this.target();
    if (target === null) throw fakeError("ItemNotFound", location);
    return target;
  }

  /** The loaded value of a property; throws PropertyNotLoaded like Excel when it was not loaded and synced. */
  protected read<V>(name: string): V {
    if (!this.loadedValues.has(name)) throw fakeError("PropertyNotLoaded", `${this.typeName}.${name}`);
    return this.loadedValues.get(name) as V;
  }

  /** Queues a change; it reaches the model at the next sync. */
  protected queueWrite(op: string, payload: unknown, apply: (target: T) => void): void {
    const location = `${this.typeName}.${op}`;
    this.context.enqueue({ kind: "write", op: location, target: this.where, payload, run: () => apply(this.requireTarget(location)) });
  }
}

/** A strict collection proxy: `items` exists only after load + sync; "items/x" paths load x on every item. */
export class FakeCollection<TItem extends Loadable> implements Loadable {
  private loadedItems: TItem[] | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly typeName: string,
    private readonly where: string,
    private readonly listItems: () => TItem[],
  ) {}

  get items(): TItem[] {
    if (!this.loadedItems) throw fakeError("PropertyNotLoaded", `${this.typeName}.items`);
    return this.loadedItems;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context.enqueue({ kind: "read", op: `${this.typeName}.load`, target: this.where, payload: paths, run: () => this.applyLoad(paths) });
    return this;
  }

  applyLoad(paths: string[]): unknown {
    const itemPaths = paths
      .map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice("items/".length) : p))
      .filter(Boolean);
    this.loadedItems = this.listItems();
    return this.loadedItems.map((item) => item.applyLoad(itemPaths));
  }
}
