import { writeFileSync } from "fs";
import { templates, demoFill } from "../src/core";
import { buildSheetPlan } from "../src/plan";
import { writeWorkbook } from "../src/render/xlsx/write";
const sheets = templates.map((t) => buildSheetPlan(t, { fill: demoFill(t) }));
writeFileSync("/tmp/all.xlsx", writeWorkbook(sheets).bytes);
console.log(sheets.map(s=>s.name+" "+s.table.ref).join("\n"));
