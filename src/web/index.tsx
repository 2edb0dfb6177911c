import { createRoot } from "react-dom/client";
import { WebPage } from "./WebPage";

/**
 * Entry of the web page (webpack entry `web`, template `index.html`; inlined into dist/cchc-offline.html): the same
 * engine and task pane over a workbook picked from the computer, with no Office and no network.
 */
const container = document.getElementById("root");
if (container) createRoot(container).render(<WebPage />);
