import { writeSyntheticWorkbook } from "../bench/syntheticWorkbook";
const t = Date.now();
writeSyntheticWorkbook("/tmp/i7/s1k.xlsx", 1000);
writeSyntheticWorkbook("/tmp/i7/s100k.xlsx", 100000);
console.log("gen", Date.now() - t);
const t2 = Date.now();
writeSyntheticWorkbook("/tmp/i7/reg.xlsx", 1000, { rows: 200000, cols: 20 });
console.log("gen reg", Date.now() - t2);
