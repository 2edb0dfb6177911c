import { screen } from "@testing-library/react";
import { createStubHost } from "./testing/stubHost";
import { sampleSnapshot } from "./testing/sampleWorkbook";

// The entry waits for Office.js, then renders into #root in Office's display language.
jest.mock("../hosts/office/officeHost", () => ({ createOfficeHost: jest.fn(() => createStubHost(sampleSnapshot())) }), {
  virtual: true,
});

function installOffice(displayLanguage: string | undefined): jest.Mock {
  const onReady = jest.fn(async () => ({ host: "Excel", platform: "PC" }));
  (globalThis as unknown as { Office: unknown }).Office = { onReady, context: { displayLanguage } };
  return onReady;
}

beforeEach(() => {
  // The entry renders by itself, outside testing-library's act(): React must not expect act here.
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  jest.resetModules();
  document.body.innerHTML = '<div id="root"></div>';
});

test.each([
  ["vi-VN", "Kiểm tra"],
  ["en-US", "Check"],
  ["fr-FR", "Check"],
])("Office display language %s renders the pane with a %s button", async (displayLanguage, button) => {
  const onReady = installOffice(displayLanguage);
  await import("./index");
  expect(await screen.findByRole("button", { name: button })).toBeTruthy();
  expect(onReady).toHaveBeenCalled();
}, 20_000);
