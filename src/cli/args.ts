import { parseArgs } from "node:util";
import { shown, UsageError } from "./io";
import { COMMANDS, languageOf, TEXTS, type Command, type Lang, type Texts } from "./messages";

/** Every option of the command line; which command takes which is `TAKES`. */
const OPTIONS = {
  out: { type: "string", short: "o" },
  demo: { type: "boolean" },
  iestade: { type: "string" },
  periods: { type: "string" },
  vertetajs: { type: "string" },
  datums: { type: "string" },
  json: { type: "boolean" },
  // "atgriezeniskā saite" is the glossary's feedback; the English alias is for English runs.
  "atgriezeniska-saite": { type: "string" },
  feedback: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

type Option = keyof typeof OPTIONS;
const EVERYWHERE: readonly Option[] = ["lang", "help", "version"];
const TAKES: Readonly<Record<Command, readonly Option[]>> = {
  templates: ["json"],
  new: ["out", "demo", "iestade", "periods", "vertetajs", "datums", "json"],
  score: ["json"],
  merge: ["out", "atgriezeniska-saite", "feedback", "json"],
  help: [],
};

export interface Values {
  readonly out?: string;
  readonly demo?: boolean;
  readonly iestade?: string;
  readonly periods?: string;
  readonly vertetajs?: string;
  readonly datums?: string;
  readonly json?: boolean;
  readonly "atgriezeniska-saite"?: string;
  readonly feedback?: string;
  readonly help?: boolean;
  readonly version?: boolean;
}

export interface Parsed {
  readonly lang: Lang;
  readonly command?: Command;
  readonly operands: readonly string[];
  readonly values: Values;
}

/**
 * Reads the arguments with node's own parser. The language is read first and leniently, so that
 * even a usage error is said in the run's language.
 */
export function parse(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Parsed {
  const loose = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true });
  const named = loose.values.lang;
  const guess = (COMMANDS as readonly string[]).includes(loose.positionals[0]) ? (loose.positionals[0] as Command) : undefined;
  const lang = languageOf(typeof named === "string" ? named : undefined, env);
  if (!lang) {
    const fallback = languageOf(undefined, env) ?? "lv";
    throw new ParsedUsageError(fallback, TEXTS[fallback].langValue(shown(String(named))), guess);
  }
  const t = TEXTS[lang];
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (e) {
    throw new ParsedUsageError(lang, wordsOfParseError(e as NodeJS.ErrnoException, t), guess);
  }
  const [first, ...operands] = parsed.positionals;
  if (first !== undefined && !(COMMANDS as readonly string[]).includes(first)) throw new ParsedUsageError(lang, t.unknownCommand(shown(first)));
  const command = first as Command | undefined;
  if (command) {
    for (const name of Object.keys(parsed.values) as Option[]) {
      if (!EVERYWHERE.includes(name) && !TAKES[command].includes(name)) throw new ParsedUsageError(lang, t.optionNotFor(`--${name}`, command), command);
    }
  }
  return { lang, command, operands, values: parsed.values };
}

/** A usage error that already knows its language and, where there is one, its command. */
export class ParsedUsageError extends UsageError {
  constructor(
    readonly lang: Lang,
    message: string,
    readonly command?: Command,
  ) {
    super(message);
  }
}

/** node's parser speaks English; its codes are stable, its option names are quoted in the text. */
function wordsOfParseError(e: NodeJS.ErrnoException, t: Texts): string {
  const option = /'(-[^',\s]*)/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return t.unknownOption(shown(option));
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return t.optionNeedsValue(option);
    default:
      return e.message;
  }
}

/** The whole usage: every command's synopsis, the options, the exit status. */
export function usage(t: Texts): string {
  const lines = [t.title, "", `${t.usageWord}:`, ...COMMANDS.map((c) => `  ${t.commands[c].synopsis}`), "  kvalitate --version", "", `${t.optionsWord}:`];
  lines.push(...Object.values(t.options).map((o) => `  ${o}`), "", t.exitStatus, t.moreHelp, "");
  return lines.join("\n");
}

/** What a usage error without a command adds: the synopses and where to read more. */
export function synopses(t: Texts): string {
  return [`${t.usageWord}:`, ...COMMANDS.map((c) => `  ${t.commands[c].synopsis}`), "  kvalitate --version", t.moreHelp, ""].join("\n");
}

/** One command's help: its synopsis, a sentence, its options and an example. */
export function commandHelp(t: Texts, command: Command): string {
  const c = t.commands[command];
  const options = [...TAKES[command], ...EVERYWHERE].filter((o) => o !== "version").map((o) => `  ${t.options[o]}`);
  return [
    `${t.usageWord}: ${c.synopsis}`,
    "",
    c.sentence,
    "",
    `${t.optionsWord}:`,
    ...options,
    "",
    `${t.exampleWord}:`,
    `  ${c.example}`,
    "",
    t.exitStatus,
    "",
  ].join("\n");
}
