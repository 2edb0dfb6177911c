/*
 * CCHC: the first script of taskpane.html and commands.html, in ES5 on purpose. Office 2019 (and Microsoft 365 on
 * Windows without WebView2) runs add-ins in Internet Explorer 11 or Edge Legacy (EdgeHTML), which cannot even parse
 * the ES2020 bundles. There, instead of a blank pane or dead buttons:
 * - the task pane goes to unsupported.html, which says in Vietnamese what to use instead;
 * - the ribbon buttons open that page in a dialog and tell Office they are done.
 * Tests set window.CCHC_FORCE_LEGACY = true to see this in a modern browser.
 */
(function () {
  "use strict";

  /**
   * True when this engine parses the newest syntax the bundles use (ES2020: optional chaining, nullish coalescing,
   * object spread, async iteration). IE11 and EdgeHTML parse none of them; WebView2 and current Safari all.
   */
  function parsesModernSyntax() {
    try {
      new Function("var o = { a: 1 }; var p = { ...o }; async function f() { for await (var x of []) {} } return [p?.a ?? 0, f];");
      return true;
    } catch (error) {
      // A content security policy without 'unsafe-eval' forbids the test itself: judge by ES2020 built-ins instead.
      if (error instanceof SyntaxError) return false;
      return typeof Promise !== "undefined" && typeof Promise.allSettled === "function";
    }
  }

  if (window.CCHC_FORCE_LEGACY !== true && parsesModernSyntax()) return;
  window.CCHC_UNSUPPORTED = true;

  var folder = window.location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
  var page = folder + "unsupported.html";

  if (document.getElementById("root")) {
    window.location.replace(page);
    return;
  }

  function showUnsupported(event) {
    function done() {
      if (event && event.completed) event.completed();
    }
    try {
      Office.context.ui.displayDialogAsync(page, { height: 60, width: 45, displayInIframe: true }, done);
    } catch (error) {
      done();
    }
  }

  var commands = ["checkWorkbook", "createRemediation"];
  for (var i = 0; i < commands.length; i++) window[commands[i]] = showUnsupported;
  if (window.Office) {
    var register = function () {
      if (Office.actions && Office.actions.associate) {
        for (var j = 0; j < commands.length; j++) Office.actions.associate(commands[j], showUnsupported);
      }
    };
    if (Office.onReady) Office.onReady(register);
    else Office.initialize = register;
  }
})();
