/**
 * How many real criterion titles get a remediation step that fits them (test set: test/fixtures/stepFit), overall
 * and per level of framework. Before this measure existed (issue 8): 68/100 and, on the second set, 16/33.
 */
import { CRITERION_TITLES, HELD_OUT_TITLES, type Level, type TitleCase } from "../test/fixtures/stepFit/criterionTitles";
import { chosenStepKind } from "../src/domain";

const LEVELS: Level[] = ["bộ/tỉnh", "sở", "huyện", "xã"];

function fitting(items: readonly TitleCase[]): number {
  return items.filter((item) => item.fits.includes(chosenStepKind(item.area, item.title))).length;
}

export function run(): void {
  console.log("\nGiải pháp phù hợp tiêu chí (step fits the criterion):");
  for (const [name, set] of [["bộ kiểm thử", CRITERION_TITLES], ["bộ thứ hai", HELD_OUT_TITLES]] as const) {
    const perLevel = LEVELS.map((level) => {
      const items = set.filter((item) => item.levels.includes(level));
      return `${level} ${fitting(items)}/${items.length}`;
    });
    console.log(`  ${name}: ${fitting(set)}/${set.length} (${perLevel.join(", ")})`);
  }
}

if (process.argv[1]?.endsWith("stepFit.bench.ts")) run();
