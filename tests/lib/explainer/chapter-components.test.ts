import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { chapterComponents } from '../../../src/lib/explainer/chapter-components';
import { projectRoot } from '../../helpers/build-site';

const MAP_FILE = join(projectRoot, 'src/components/explainer/chapter-components.ts');

/** The components map of a module: each key with the file its value is imported from. */
function componentMap(source: string, file: string): Map<string, string> {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const imports = new Map<string, string>();
  const map = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause?.name && ts.isStringLiteral(node.moduleSpecifier)) {
      imports.set(node.importClause.name.text, resolve(dirname(file), node.moduleSpecifier.text));
    }
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'chapterComponentMap') {
      let init = node.initializer;
      while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
      if (init && ts.isObjectLiteralExpression(init)) {
        for (const p of init.properties) {
          const value = ts.isShorthandPropertyAssignment(p)
            ? p.name.text
            : ts.isPropertyAssignment(p)
              ? p.initializer.getText()
              : '';
          map.set(p.name?.getText() ?? '', imports.get(value) ?? '');
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return map;
}

/** The members of an .astro component's `interface Props`, each with whether it is required. */
function props(astro: string): Map<string, boolean> {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(astro)?.[1] ?? '';
  const tree = ts.createSourceFile('Component.ts', frontmatter, ts.ScriptTarget.Latest, true);
  const members = new Map<string, boolean>();
  tree.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Props') {
      for (const m of node.members) members.set(m.name?.getText() ?? '', !m.questionToken);
    }
  });
  return members;
}

/** What keeps a map and its components from matching the list: each problem in a line. */
function mismatches(
  list: Record<string, readonly string[]>,
  map: Map<string, string>,
  read: (f: string) => string,
) {
  const problems: string[] = [];
  for (const name of Object.keys(list)) if (!map.has(name)) problems.push(`${name}: listed, not in the map`);
  for (const [name, file] of map) {
    const allowed = list[name];
    if (!allowed) {
      problems.push(`${name}: in the map, not listed`);
      continue;
    }
    const own = props(read(file));
    for (const a of allowed) if (!own.has(a)) problems.push(`${name}: "${a}" is listed but not a prop`);
    for (const [p, required] of own)
      if (required && !allowed.includes(p)) problems.push(`${name}: required prop "${p}" is not listed`);
  }
  return problems;
}

describe('the components a chapter may use', () => {
  it('are the same in the checks’ list, the page’s map and each component’s Props', () => {
    const map = componentMap(readFileSync(MAP_FILE, 'utf8'), MAP_FILE);
    expect([...map.keys()].sort()).toEqual(Object.keys(chapterComponents).sort());
    expect(mismatches(chapterComponents, map, (f) => readFileSync(f, 'utf8'))).toEqual([]);
  });

  it('a component missing from the map, one not listed, and props out of step are each caught', () => {
    const file = join(projectRoot, 'src/components/explainer/x.ts');
    const map = componentMap(
      `import Cite from './Cite.astro';\nimport Extra from './Extra.astro';\nexport const chapterComponentMap = { Cite, Extra } satisfies Record<string, unknown>;`,
      file,
    );
    const sources: Record<string, string> = {
      'Cite.astro': '---\ninterface Props {\n  target: string;\n}\n---\n<a />',
      'Extra.astro': '---\n---\n<b />',
    };
    const read = (f: string) => sources[f.split('/').pop() ?? ''] ?? '';
    expect(mismatches({ Cite: ['to'], Entity: ['id'] }, map, read)).toEqual([
      'Entity: listed, not in the map',
      'Cite: "to" is listed but not a prop',
      'Cite: required prop "target" is not listed',
      'Extra: in the map, not listed',
    ]);
  });
});
