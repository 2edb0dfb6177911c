// Fluent UI v9 measures elements with ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;

// jsdom lacks TextDecoder/TextEncoder; the xlsx reader the pane's sample tests use needs them (Node's are the same API).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
const jsdomGlobals = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
jsdomGlobals.TextDecoder ??= NodeTextDecoder;
jsdomGlobals.TextEncoder ??= NodeTextEncoder;
