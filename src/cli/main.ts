import { commandHelp, parse, ParsedUsageError, synopses, usage } from "./args";
import { JobError, processIo, shown, UsageError, type Io } from "./io";
import { COMMANDS, languageOf, TEXTS, type Command, type Lang, type Texts } from "./messages";
import { packageVersion, PACKAGE_JSON } from "./version";

/*
 * Each command's modules are loaded when it runs, so a command pays only for what it uses:
 * `--version` and `help` load neither the catalog nor the reader or the writer, `score` no writer.
 * `require` rather than `import()`: the compiled command line is CommonJS, and a dynamic import
 * would go through Node's ES module loader (and need a flag under jest).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const load = {
  core: () => require("../core") as typeof import("../core"),
  merge: () => require("./merge") as typeof import("./merge"),
  new: () => require("./new") as typeof import("./new"),
  score: () => require("./score") as typeof import("./score"),
};
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * `kvalitate` — the add-in's catalog and rules on .xlsx files, offline.
 * Exit status: 0 done (validation issues and rejected files are in the output), 1 the command could
 * not do its job (the message on stderr says why), 2 wrong usage (stderr too).
 */

export type { Io } from "./io";

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const env = io.env ?? process.env;
  let lang: Lang = languageOf(undefined, env) ?? "lv";
  let command: Command | undefined;
  try {
    const parsed = parse(argv, env);
    lang = parsed.lang;
    command = parsed.command;
    const t = TEXTS[lang];
    const { values, operands } = parsed;
    if (values.version) {
      const version = packageVersion();
      if (!version) throw new JobError(t.noVersionFile(PACKAGE_JSON));
      io.out(`${version}\n`);
      return 0;
    }
    if (values.help && command !== undefined) return help([command], t, io);
    if (command === "help") return help(operands, t, io);
    if (values.help) {
      io.out(usage(t));
      return 0;
    }
    switch (command) {
      case undefined:
        io.err(usage(t));
        return 2;
      case "templates":
        if (operands.length) throw new UsageError(t.tooManyArguments("templates", shown(operands[0])));
        return listTemplates(!!values.json, io);
      case "new":
        return await load.new().newWorkbook(operands, values, t, io);
      case "score":
        return load.score().score(operands, !!values.json, lang, t, io);
      case "merge":
        return await load.merge().mergeCommand(operands, values, lang, t, io);
    }
  } catch (e) {
    if (e instanceof ParsedUsageError) [lang, command] = [e.lang, e.command ?? command];
    const t = TEXTS[lang];
    if (e instanceof UsageError) {
      const more = command && command !== "help" ? `${t.usageWord}: ${t.commands[command].synopsis}\n${t.seeHelp(command)}\n` : synopses(t);
      io.err(`kvalitate: ${e.message}\n${more}`);
      return 2;
    }
    if (e instanceof JobError) {
      io.err(`kvalitate: ${e.message}\n`);
      return 1;
    }
    io.err(`kvalitate: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}

function help(topics: readonly string[], t: Texts, io: Io): number {
  const [topic, extra] = topics;
  if (extra !== undefined) throw new UsageError(t.tooManyArguments("help", shown(extra)));
  if (topic === undefined) {
    io.out(usage(t));
    return 0;
  }
  if (!(COMMANDS as readonly string[]).includes(topic)) throw new UsageError(t.unknownCommand(shown(topic)));
  io.out(commandHelp(t, topic as Command));
  return 0;
}

function listTemplates(json: boolean, io: Io): number {
  const { templateJson, templates } = load.core();
  if (json)
    io.out(
      JSON.stringify(
        templates.map((tpl) => templateJson(tpl)),
        null,
        2,
      ) + "\n",
    );
  else for (const t of templates) io.out(`${t.id}@${t.version}\t${t.kind}\t${t.title}\n`);
  return 0;
}
