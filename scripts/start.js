#!/usr/bin/env node
/**
 * `npm start`: run the add-in in Excel for development.
 *   Windows / macOS:  npm start                      → Excel desktop with the add-in sideloaded
 *   any system:       npm start -- web --document <url of a workbook in Excel on the web>
 *   Linux:            npm start                      → the dev server, and how to load the add-in
 *   any system:       npm stop                         → ends the sideloading started above
 * Excel desktop does not exist on Linux, so there the dev server is started and the ways to load
 * the add-in into Excel on the web are printed, rather than failing.
 *
 * Sideloading is Microsoft's office-addin-debugging, fetched by npx the first time it is needed and
 * not a devDependency: with its dev-settings it brings about 300 packages (the Teams / Microsoft 365
 * Agents toolkit) that `npm ci`, CI and the command line never use, and on Linux it is not used at all.
 */
const { spawn } = require("child_process");

const PORT = 3000;
const DEV_SERVER = ["npx", "webpack", "serve", "--mode", "development"];
/** The major version `npm start` sideloads with; npx caches it after the first run. */
const DEBUGGING = "office-addin-debugging@7";
const args = process.argv.slice(2);

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: "inherit", shell: process.platform === "win32" });
  const stop = (signal) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function debugging(command, commandArgs) {
  run("npx", ["--yes", DEBUGGING, command, "manifest.xml", ...commandArgs]);
}

function start(platformArgs) {
  debugging("start", [...platformArgs, "--dev-server", DEV_SERVER.join(" "), "--dev-server-port", String(PORT)]);
}

const HOW_TO_LOAD = `
Kvalitāte: Excel desktop does not run on Linux, so this starts the dev server only
(https://localhost:${PORT}/). To load the add-in into Excel on the web:

  1. Open (or create) a workbook in Excel on the web (OneDrive or SharePoint) and copy its URL.
  2. Stop this server (Ctrl+C) and run
         npm start -- web --document "<the workbook's URL>"
     which starts the server again and opens the workbook with the add-in sideloaded.

  Or, with this server running: in the workbook choose Home > Add-ins > More Add-ins >
  Upload My Add-in, and upload manifest.xml from this folder.

  If the browser refuses https://localhost:${PORT}/, open https://localhost:${PORT}/taskpane.html
  once and accept the certificate (set KV_SELF_SIGNED=1 to skip installing a trusted one).
  The server answers this computer only; KV_DEV_HOST=0.0.0.0 npm start opens it to the network.
`;

if (args[0] === "stop") {
  debugging("stop", []);
} else if (args[0] === "web") {
  if (!args.includes("--document")) {
    console.error('Usage: npm start -- web --document "<URL of a workbook in Excel on the web>"');
    process.exit(2);
  }
  start(args);
} else if (args.length > 0) {
  console.error(`Unknown arguments: ${args.join(" ")}\nUsage: npm start  |  npm start -- web --document "<workbook URL>"`);
  process.exit(2);
} else if (process.platform === "win32" || process.platform === "darwin") {
  start(["desktop", "--app", "excel"]);
} else {
  console.log(HOW_TO_LOAD);
  run(DEV_SERVER[0], DEV_SERVER.slice(1));
}
