import type { ReviewWorkbookLayout } from "../../domain";
import { buildReviewXlsx } from "./package/reviewWorkbookXml";
import { writeNewFile } from "./xlsxFile";

/**
 * Writes the reviewer's summary workbook as a new file (see buildReviewXlsx for its format), through a temporary file
 * renamed into place: never half-written. Refuses `outPath` when it is `inputPath`, or an existing file without `force`.
 * @throws HostError `output_is_input`, `output_exists`, `file_unwritable`
 */
export async function writeReviewWorkbook(
  outPath: string,
  layout: ReviewWorkbookLayout,
  options: { inputPath: string; force?: boolean },
): Promise<void> {
  await writeNewFile(outPath, buildReviewXlsx(layout), options);
}
