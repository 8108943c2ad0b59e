/**
 * Which Microsoft SDK APIs src/ uses, read with the TypeScript compiler against the installed type
 * files, and what is wrong with any of them:
 * - an API its own SDK's type file marks `@internal`, `@hidden` or `@beta` (teams-js marks
 *   Microsoft-internal calls `@hidden @internal`; office-js and msal mark previews `@beta`);
 * - an Office.js API whose `[Api set: Mailbox x.y]` is above the Mailbox requirement set the manifest
 *   declares, unless the code only reaches it behind `isSetSupported('Mailbox', v)` (or the host's
 *   `supports(v)`) with v at least that set;
 * - a member of Kept's Office.js stand-ins (src/hosts/outlook/officeLike.ts, whose `@officeType` tags
 *   name the Office.js declarations they stand for) that Office.js does not have.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface ApiFinding {
  readonly file: string;
  readonly line: number;
  readonly api: string;
  readonly problem: string;
}

const FORBIDDEN_TAGS = ['internal', 'hidden', 'beta'];
const root = join(import.meta.dirname, '../..');

/** The Mailbox requirement set the manifest declares (extensions[0].requirements.capabilities). */
export function manifestMailboxVersion(manifestPath = join(root, 'manifest/manifest.template.json')): string {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    extensions?: { requirements?: { capabilities?: { name: string; minVersion?: string }[] } }[];
  };
  const mailbox = manifest.extensions?.[0]?.requirements?.capabilities?.find((c) => c.name === 'Mailbox');
  if (mailbox?.minVersion === undefined) throw new Error('The manifest declares no Mailbox requirement set.');
  return mailbox.minVersion;
}

const versionAbove = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x!.length, y!.length); i++) {
    const d = (x![i] ?? 0) - (y![i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
};

function sourceFiles(): string[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // Tests and test doubles (fakeOffice.ts stands in for Office; it calls nothing) are not callers.
  return parsed.fileNames.filter(
    (f) =>
      relative(root, f).startsWith('src/') &&
      !/\.test\.tsx?$/.test(f) &&
      !f.includes('/testing/') &&
      !/\/fake[A-Z][^/]*\.ts$/.test(f),
  );
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  return { ...ts.parseJsonConfigFileContent(config.config, ts.sys, root).options, noEmit: true };
}

const parsedFiles = new Map<string, ts.SourceFile>();

/**
 * Analyses src/ (or `only`, paths relative to the repository); `extra` adds virtual files (path →
 * text) on top of the real ones, so a test can show what the check says about code that is not there.
 */
export function findApiProblems(
  options: { only?: readonly string[]; extra?: Readonly<Record<string, string>>; mailboxVersion?: string } = {},
): ApiFinding[] {
  const extra = new Map(Object.entries(options.extra ?? {}).map(([p, text]) => [join(root, p), text]));
  const host = ts.createCompilerHost(compilerOptions());
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    const text = extra.get(name);
    if (text !== undefined) return ts.createSourceFile(name, text, languageVersion, true);
    // The SDKs' type files and src/ do not change during a run: each is parsed once for every check.
    const key = `${name}\0${JSON.stringify(languageVersion)}`;
    let parsed = parsedFiles.get(key);
    if (parsed === undefined) {
      parsed = getSourceFile(name, languageVersion, ...rest);
      if (parsed !== undefined) parsedFiles.set(key, parsed);
    }
    return parsed;
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => extra.has(name) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => extra.get(name) ?? readFile(name);

  const roots = [...new Set([...sourceFiles(), ...extra.keys()])];
  const program = ts.createProgram(roots, compilerOptions(), host);
  const checker = program.getTypeChecker();
  const mailboxVersion = options.mailboxVersion ?? manifestMailboxVersion();
  const wanted = options.only?.map((p) => join(root, p));
  const findings: ApiFinding[] = [];
  const officeNamespace = () => {
    const anyFile = program.getSourceFiles().find((f) => f.fileName.includes('@types/office-js'));
    if (anyFile === undefined) throw new Error('@types/office-js is not in the program.');
    return checker.getSymbolsInScope(anyFile, ts.SymbolFlags.Namespace).find((s) => s.name === 'Office');
  };
  const office = officeNamespace();

  /** An Office.js declaration by dotted name ("Office.MailboxEnums.ItemType"). */
  const officeSymbol = (path: string): ts.Symbol | undefined => {
    const [first, ...rest] = path.split('.');
    if (first !== 'Office' || office === undefined) return undefined;
    let current: ts.Symbol | undefined = office;
    for (const part of rest) current = current === undefined ? undefined : memberOf(current, part);
    return current;
  };

  const memberOf = (container: ts.Symbol, name: string): ts.Symbol | undefined => {
    if (container.flags & (ts.SymbolFlags.Enum | ts.SymbolFlags.NamespaceModule | ts.SymbolFlags.ValueModule)) {
      const exported = container.exports?.get(ts.escapeLeadingUnderscores(name));
      if (exported !== undefined) return exported;
    }
    if (container.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.TypeAlias)) {
      return checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(container), name);
    }
    return undefined;
  };

  /** The Office.js declarations a Kept declaration stands for (its `@officeType` tag). */
  const officeTypesOf = (declarations: readonly ts.Declaration[] | undefined): string[] =>
    (declarations ?? []).flatMap((d) =>
      ts
        .getJSDocTags(d)
        .filter((t) => t.tagName.text === 'officeType')
        .flatMap((t) => (typeof t.comment === 'string' ? t.comment.split(/\s+/).filter(Boolean) : [])),
    );

  const containersFor = (object: ts.Expression): string[] => {
    const fromSymbol = officeTypesOf(checker.getSymbolAtLocation(object)?.declarations);
    if (fromSymbol.length > 0) return fromSymbol;
    const type = checker.getNonNullableType(checker.getTypeAtLocation(object));
    const parts = type.isUnionOrIntersection() ? type.types : [type];
    return parts.flatMap((p) => officeTypesOf((p.aliasSymbol ?? p.getSymbol())?.declarations));
  };

  const leadingComment = (d: ts.Declaration) => {
    const sf = d.getSourceFile();
    return sf.text.slice(d.pos, d.getStart(sf));
  };
  const inNodeModules = (d: ts.Declaration) => d.getSourceFile().fileName.includes('/node_modules/');
  const packageOf = (d: ts.Declaration) =>
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(d.getSourceFile().fileName)?.[1] ?? 'a package';

  function guardedAt(node: ts.Node, version: string): boolean {
    const satisfies = (text: string, negated: boolean) => {
      const pattern = negated
        ? /!\s*(?:supports\(\s*'([\d.]+)'\s*\)|[\w.?]*isSetSupported\(\s*'Mailbox'\s*,\s*'([\d.]+)'\s*\))/g
        : /(?<!!\s*)(?:supports\(\s*'([\d.]+)'\s*\)|[\w.?]*isSetSupported\(\s*'Mailbox'\s*,\s*'([\d.]+)'\s*\))/g;
      return [...text.matchAll(pattern)].some((m) => !versionAbove(version, m[1] ?? m[2] ?? '0'));
    };
    const exits = (s: ts.Statement): boolean =>
      ts.isReturnStatement(s) || ts.isThrowStatement(s) || (ts.isBlock(s) && s.statements.some(exits));
    let child: ts.Node = node;
    for (let parent = node.parent; parent !== undefined; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && parent.thenStatement === child && satisfies(parent.expression.getText(), false))
        return true;
      if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          if (
            ts.isIfStatement(statement) &&
            exits(statement.thenStatement) &&
            satisfies(statement.expression.getText(), true)
          )
            return true;
        }
      }
    }
    return false;
  }

  function judge(node: ts.Node, api: string, declarations: readonly ts.Declaration[]) {
    const sf = node.getSourceFile();
    const at = {
      file: relative(root, sf.fileName),
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      api,
    };
    const tags = [...new Set(declarations.flatMap((d) => ts.getJSDocTags(d).map((t) => t.tagName.text)))];
    const forbidden = tags.filter((t) => FORBIDDEN_TAGS.includes(t));
    if (forbidden.length > 0) {
      findings.push({
        ...at,
        problem: `marked ${forbidden.map((t) => `@${t}`).join(' ')} in ${packageOf(declarations[0]!)}`,
      });
    }
    const sets = declarations.flatMap((d) =>
      [...leadingComment(d).matchAll(/\[\s*Api set:\s*Mailbox\s+([\d.]+|preview)\s*\]/gi)].map((m) => m[1] ?? ''),
    );
    if (sets.length === 0) return;
    const needed = sets.includes('preview') ? 'preview' : sets.reduce((a, b) => (versionAbove(b, a) ? b : a));
    const above = needed === 'preview' || versionAbove(needed, mailboxVersion);
    if (above && (needed === 'preview' || !guardedAt(node, needed))) {
      findings.push({
        ...at,
        problem: `needs Mailbox ${needed}, above the manifest's Mailbox ${mailboxVersion}, and is not behind isSetSupported`,
      });
    }
  }

  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) || ts.isIdentifier(node) || ts.isQualifiedName(node)) {
      const nameNode = ts.isPropertyAccessExpression(node) ? node.name : ts.isQualifiedName(node) ? node.right : node;
      // The name inside `a.b` or `A.B` is judged with its whole expression, not again on its own.
      const parent = node.parent;
      const isName =
        ts.isIdentifier(node) &&
        ((ts.isPropertyAccessExpression(parent) && parent.name === node) ||
          (ts.isQualifiedName(parent) && parent.right === node));
      if (!isName) {
        let symbol = checker.getSymbolAtLocation(nameNode);
        if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const declarations = symbol?.declarations ?? [];
        const api = nameNode.getText();
        if (declarations.length > 0 && declarations.every(inNodeModules)) {
          judge(nameNode, ts.isPropertyAccessExpression(node) ? node.getText() : api, declarations);
        } else if (ts.isPropertyAccessExpression(node)) {
          const containers = containersFor(node.expression);
          if (containers.length > 0) {
            const found = containers.flatMap((c) => {
              const container = officeSymbol(c);
              return container === undefined ? [] : (memberOf(container, api)?.declarations ?? []);
            });
            if (found.length === 0) {
              const sf = node.getSourceFile();
              findings.push({
                file: relative(root, sf.fileName),
                line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
                api: node.getText(),
                problem: `is not a member of ${containers.join(' / ')} in @types/office-js`,
              });
            } else judge(nameNode, node.getText(), found);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };

  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || sf.fileName.includes('/node_modules/')) continue;
    if (wanted !== undefined ? !wanted.includes(sf.fileName) : !roots.includes(sf.fileName)) continue;
    visit(sf);
  }
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.api}:${f.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
