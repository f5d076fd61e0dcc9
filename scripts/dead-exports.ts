/**
 * Dead exports: every exported symbol of lib/, components/ and emulator/ that no other file uses.
 *
 * Uses the TypeScript compiler (the project's tsconfig.json) rather than text search: an import,
 * an `import type`, a member of a namespace import (`world.defaultScenario`), a re-export
 * (`export { x } from './y'` counts as a use of `x`) and WXT's auto-imports (globals declared in
 * `.wxt/types/imports.d.ts`) all count. A use inside the declaring file does not: an export only
 * its own file uses is dead as an export.
 *
 * Prints two lists:
 * - dead: exported, used by no other file → exit 1;
 * - used only by tests (tests/): a warning, not a failure — fine when the test is the point (a test
 *   hook, a table the tests check), otherwise a sign the code it serves is gone.
 *
 * Usage: `npm run dead-exports` (`-- --json` prints one JSON object instead).
 */
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const CHECKED = ['lib/', 'components/', 'emulator/'];
const TESTS = 'tests/';

function loadProgram(): ts.Program {
  const configPath = resolve(ROOT, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error('cannot read tsconfig.json');
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
}

const rel = (file: string): string => relative(ROOT, file).split('\\').join('/');

function isProjectFile(sf: ts.SourceFile): boolean {
  const r = rel(sf.fileName);
  return !r.startsWith('..') && !r.includes('node_modules/') && !r.startsWith('.output/');
}

/** The `.wxt` file that declares WXT's auto-imports as globals: `const X: typeof import('…').X`. */
const isAutoImports = (sf: ts.SourceFile): boolean => rel(sf.fileName) === '.wxt/types/imports.d.ts';

interface Export {
  readonly file: string;
  readonly name: string;
  readonly kind: 'type' | 'value';
  readonly symbol: ts.Symbol;
}

function main(): void {
  const json = process.argv.includes('--json');
  const program = loadProgram();
  const checker = program.getTypeChecker();
  const files = program.getSourceFiles().filter(isProjectFile);

  /** symbol → the files (other than its own) that reach it. */
  const users = new Map<ts.Symbol, Set<string>>();
  const use = (symbol: ts.Symbol, file: string): void => {
    let set = users.get(symbol);
    if (set === undefined) users.set(symbol, (set = new Set()));
    set.add(file);
  };

  /** Marks a symbol and every alias it goes through (import → re-export → declaration). */
  const useChain = (start: ts.Symbol, file: string): void => {
    let symbol: ts.Symbol | undefined = start;
    for (let depth = 0; symbol !== undefined && depth < 20; depth++) {
      use(symbol, file);
      if (!(symbol.flags & ts.SymbolFlags.Alias)) break;
      symbol = checker.getImmediateAliasedSymbol(symbol);
    }
  };

  /** WXT auto-import globals → the export they stand for. */
  const autoImportTarget = new Map<ts.Symbol, ts.Symbol>();
  for (const sf of files.filter(isAutoImports)) {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && node.type !== undefined) {
        const type = node.type; // `typeof import('…').X` parses as an import type node
        if (ts.isImportTypeNode(type) && type.qualifier !== undefined) {
          const target = checker.getSymbolAtLocation(
            ts.isQualifiedName(type.qualifier) ? type.qualifier.right : type.qualifier,
          );
          const global = checker.getSymbolAtLocation(node.name);
          if (target !== undefined && global !== undefined) autoImportTarget.set(global, target);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  for (const sf of files) {
    if (sf.isDeclarationFile) continue;
    const file = rel(sf.fileName);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        if (symbol !== undefined) {
          useChain(symbol, file);
          const auto = autoImportTarget.get(symbol);
          if (auto !== undefined) useChain(auto, file);
        }
      }
      // `const { x } = await import('…')`: the binding names a property of the module's type.
      if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const name = node.propertyName ?? node.name;
        if (ts.isIdentifier(name)) {
          const property = checker.getTypeAtLocation(node.parent).getProperty(name.text);
          if (property !== undefined) useChain(property, file);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  const exports: Export[] = [];
  for (const sf of files) {
    const file = rel(sf.fileName);
    if (sf.isDeclarationFile || !CHECKED.some((dir) => file.startsWith(dir))) continue;
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (moduleSymbol === undefined) continue;
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      // `export * from` brings in symbols declared elsewhere: they are judged in their own file.
      const declaredHere = (symbol.declarations ?? []).some((d) => d.getSourceFile() === sf);
      if (!declaredHere) continue;
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const isType = (target.flags & ts.SymbolFlags.Type) !== 0 && (target.flags & ts.SymbolFlags.Value) === 0;
      exports.push({ file, name: symbol.name, kind: isType ? 'type' : 'value', symbol });
    }
  }

  const dead: Export[] = [];
  const testsOnly: Export[] = [];
  for (const e of exports) {
    const others = [...(users.get(e.symbol) ?? [])].filter((f) => f !== e.file);
    if (others.length === 0) dead.push(e);
    else if (others.every((f) => f.startsWith(TESTS))) testsOnly.push(e);
  }
  const line = (e: Export): string => `${e.file}: ${e.name}${e.kind === 'type' ? ' (type)' : ''}`;

  if (json) {
    const shape = (list: Export[]) => list.map((e) => ({ file: e.file, name: e.name, kind: e.kind }));
    console.log(JSON.stringify({ checked: exports.length, dead: shape(dead), testsOnly: shape(testsOnly) }, null, 2));
  } else {
    if (testsOnly.length > 0) {
      console.log(`Used only by tests (${testsOnly.length}; a warning — fine when the test is the point):`);
      for (const e of testsOnly) console.log(`  ${line(e)}`);
    }
    if (dead.length > 0) {
      console.log(`Dead exports (${dead.length}; no other file uses them — remove the export or the code):`);
      for (const e of dead) console.log(`  ${line(e)}`);
    }
    console.log(
      `dead-exports: ${exports.length} exports of ${CHECKED.join(', ')} checked; ${dead.length} dead, ${testsOnly.length} used only by tests.`,
    );
  }
  if (dead.length > 0) process.exitCode = 1;
}

main();
