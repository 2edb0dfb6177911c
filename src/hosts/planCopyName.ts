/**
 * The name of the copy that holds the GIẢI PHÁP sheet: "so-ngoai-vu-2020.xlsx" -> "so-ngoai-vu-2020.giai-phap.xlsx";
 * an .xlsm keeps its extension (the writer keeps its macros). One rule for `cchc plan`'s default output and the web
 * page's download. Takes a bare file name (no folder).
 */
export function planCopyName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 && fileName.slice(dot).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return `${stem}.giai-phap${extension}`;
}
