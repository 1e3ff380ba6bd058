import * as path from "path";
import ts from "typescript";
import { compareVersions } from "../../../src/render/office/requirements";

/**
 * A static check of requirement sets. For every Excel API member the code touches — a property
 * read or written, a method called, a property of an object literal typed by the API (a validation
 * rule, protection options) — the TypeScript checker finds its declaration in @types/office-js and
 * reads the `[Api set: ExcelApi 1.x]` of its doc comment (for an overloaded method, of the overload
 * the call resolves to). A member above the manifest's minimum counts as guarded when it sits:
 *   - in the `then` branch of an `if` whose condition calls `excelApiSupported("1.y")` or
 *     `…isSetSupported("ExcelApi", "1.y")`,
 *   - right of `&&`, or in the `?` branch of a conditional, with such a call on the left,
 * with 1.y at least the member's set. An early `if (!supported) return;` is not recognised: write
 * the guarded call inside the `if`, where a reader sees it too.
 */

export interface ApiUse {
  readonly file: string;
  readonly line: number;
  /** E.g. "Excel.PageLayout.setPrintArea". */
  readonly member: string;
  readonly set: string;
  /** The version the surrounding guard checks, if any. */
  readonly guard?: string;
}

const API_SET = /\[Api set: ExcelApi (\d+\.\d+)/;

function setOf(declaration: ts.Declaration): string | undefined {
  const text = declaration.getFullText().slice(0, declaration.getLeadingTriviaWidth());
  return API_SET.exec(text)?.[1];
}

/** The lowest set among a member's declarations (a property declared on a class and its interfaces). */
function lowest(sets: (string | undefined)[]): string | undefined {
  const known = sets.filter((s): s is string => !!s);
  return known.sort(compareVersions)[0];
}

function guardVersion(expression: ts.Expression): string | undefined {
  let found: string | undefined;
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression.getText();
      const args = n.arguments.map((a) => (ts.isStringLiteral(a) ? a.text : undefined));
      if (/(^|\.)excelApiSupported$/.test(callee) && args[0]) found = args[0];
      if (/(^|\.)isSetSupported$/.test(callee) && args[0] === "ExcelApi" && args[1]) found = args[1];
    }
    ts.forEachChild(n, visit);
  };
  visit(expression);
  return found;
}

/** The version guarding `node`, from the nearest enclosing guard. */
function guardOf(node: ts.Node): string | undefined {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    let guard: string | undefined;
    if (ts.isIfStatement(parent) && parent.thenStatement === child) guard = guardVersion(parent.expression);
    else if (ts.isConditionalExpression(parent) && parent.whenTrue === child) guard = guardVersion(parent.condition);
    else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === child)
      guard = guardVersion(parent.left);
    if (guard) return guard;
  }
  return undefined;
}

export function excelApiUses(program: ts.Program, files: readonly string[]): ApiUse[] {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const record = (node: ts.Node, symbol: ts.Symbol | undefined, declarations?: readonly ts.Declaration[]) => {
    if (!symbol) return;
    const member = checker.getFullyQualifiedName(symbol);
    if (!member.startsWith("Excel.")) return;
    const set = lowest((declarations ?? symbol.declarations ?? []).map(setOf));
    if (!set) return;
    const source = node.getSourceFile();
    uses.push({ file: source.fileName, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, member, set, guard: guardOf(node) });
  };
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not in the program: ${file}`);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
        const declaration = call && checker.getResolvedSignature(call)?.declaration;
        record(node.name, checker.getSymbolAtLocation(node.name), declaration && !ts.isJSDocSignature(declaration) ? [declaration] : undefined);
      } else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
        const type = checker.getContextualType(node.parent);
        record(node.name, type?.getProperty(node.name.getText()));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

export function violations(uses: readonly ApiUse[], minimum: string): ApiUse[] {
  return uses.filter((u) => compareVersions(u.set, minimum) > 0 && (!u.guard || compareVersions(u.guard, u.set) < 0));
}

export function programFor(root: string, files: readonly string[]): ts.Program {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram([...files], { ...options, noEmit: true, types: ["office-js"], typeRoots: [path.join(root, "node_modules", "@types")] });
}
