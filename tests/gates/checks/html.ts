import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { listPages } from './site-pages';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro minifies whitespace and attribute quoting; these are style, not errors.
    'attr-quotes': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    // Inline styles are only Astro's hashed <style> elements; CSP polices the rest.
    'no-inline-style': 'off',
  },
});

export interface HtmlProblem {
  page: string;
  line: number;
  rule: string;
  message: string;
}

/** html-validate over every page: every error, with the page and line. */
export async function checkHtml(dir: string, pages?: string[]): Promise<HtmlProblem[]> {
  const problems: HtmlProblem[] = [];
  for (const page of pages ?? (await listPages(dir))) {
    const report = await validator.validateString(await readFile(join(dir, page), 'utf8'), page);
    for (const result of report.results) {
      for (const m of result.messages as Message[]) {
        if (m.severity === 2) problems.push({ page, line: m.line, rule: m.ruleId, message: m.message });
      }
    }
  }
  return problems;
}
