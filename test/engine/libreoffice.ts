import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbook, type WorkbookData } from "../../src/render/xlsx";

/**
 * LibreOffice as a real spreadsheet engine. The profile sets OOXMLRecalcMode to 0 ("always
 * recalculate"), so the values read back were computed by LibreOffice, never cached ones.
 */

export function findSoffice(): string | undefined {
  for (const p of ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/bin/libreoffice"]) if (fs.existsSync(p)) return p;
  return undefined;
}

/** In CI a missing LibreOffice is a failure, not a skip; elsewhere the suite says why it skips. */
export function requireSoffice(): string | undefined {
  const soffice = findSoffice();
  if (!soffice && process.env.CI === "true") throw new Error("LibreOffice (soffice) is required when CI=true: apt-get install libreoffice-calc-nogui");
  return soffice;
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function profileDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  return dir;
}

/** Opens each file in LibreOffice, recalculates, saves as .xlsx, and reads the computed values. */
export function recalculate(soffice: string, files: readonly string[]): Map<string, WorkbookData> {
  const profile = profileDir();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-lo-out-"));
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        outDir,
        ...files,
      ],
      { stdio: "pipe", timeout: 180000 },
    );
    const out = new Map<string, WorkbookData>();
    for (const f of files) {
      const converted = path.join(outDir, path.basename(f));
      if (!fs.existsSync(converted)) throw new Error(`LibreOffice did not convert ${f}`);
      out.set(f, readWorkbook(fs.readFileSync(converted)));
    }
    return out;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Converts each file with LibreOffice (`format` as `--convert-to` takes it: "ods", "pdf") into
 * `outDir`; returns the converted paths in the order of `files`.
 */
export function convert(soffice: string, files: readonly string[], format: string, outDir: string): string[] {
  const profile = profileDir();
  try {
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", format, "--outdir", outDir, ...files],
      {
        stdio: "pipe",
        timeout: 180000,
      },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => {
    const out = path.join(outDir, `${path.basename(f, path.extname(f))}.${format.split(":")[0]}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${f} to ${format}`);
    return out;
  });
}
