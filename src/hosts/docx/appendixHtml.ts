import type { DocumentAppendix } from "../../domain";

/**
 * The appendix as HTML that Word pastes as a formatted table (Times New Roman 12 pt, a border on every cell, bold
 * centred header row repeated on each page through <thead>, one paragraph per line), and as tab-separated text for
 * places that take text only. The same cells as the Word document and the GIẢI PHÁP sheet.
 */
export function renderAppendixHtml(appendix: DocumentAppendix): { html: string; text: string } {
  const cellStyle = "border:1px solid #000;padding:2pt 4pt;vertical-align:top";
  const paragraphs = (lines: readonly string[]) =>
    lines.length === 0 ? "<p style=\"margin:0\">&nbsp;</p>" : lines.map((line) => `<p style="margin:0 0 2pt 0">${escape(line)}</p>`).join("");
  const head = appendix.headers
    .map((header) => `<th style="${cellStyle};text-align:center;vertical-align:middle;font-weight:bold">${escape(header)}</th>`)
    .join("");
  const rows = appendix.rows
    .map((cells) => `<tr>${cells.map((lines, col) => `<td style="${cellStyle}${col === 0 || col === 3 ? ";text-align:center" : ""}">${paragraphs(lines)}</td>`).join("")}</tr>`)
    .join("");
  const html =
    `<div style="font-family:'Times New Roman',serif;font-size:12pt">` +
    `<p style="text-align:center;font-weight:bold;margin:0">${escape(appendix.title)}</p>` +
    `<p style="text-align:center;font-style:italic;margin:0 0 6pt 0">${escape(appendix.subtitle)}</p>` +
    `<table style="border-collapse:collapse;width:100%;font-family:'Times New Roman',serif;font-size:12pt">` +
    `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
  const text = [appendix.headers.join("\t"), ...appendix.rows.map((cells) => cells.map((lines) => lines.join(" ")).join("\t"))].join("\n");
  return { html, text };
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
