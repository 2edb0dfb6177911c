import { writeSyntheticWorkbook } from "../bench/syntheticWorkbook";
writeSyntheticWorkbook("/tmp/i7/s10k.xlsx", 10000);
