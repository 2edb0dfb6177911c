import { toA1, type CellRef } from "../../domain";

/** Activates the cell's sheet and selects the cell, in one round trip. */
export async function selectCellIn(context: Excel.RequestContext, ref: CellRef): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(ref.sheet);
  sheet.activate();
  sheet.getRange(toA1(ref.row, ref.col)).select();
  await context.sync();
}
