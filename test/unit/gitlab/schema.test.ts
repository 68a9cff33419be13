/**
 * Every component and the project's own pipeline validate against GitLab's CI JSON schema
 * (extended for spec:component and spec:description, see ci-schema.ts), and a typo fails.
 */
import { parse } from 'yaml';
import { bundledCiSchema, ciValidator, componentCiSchema } from './ci-schema.js';
import { COMPONENTS, parseComponent, readRepoFile } from './template-files.js';

const validate = ciValidator();

function problemsOf(text: string): string[] {
  const component = parseComponent(text);
  return [
    ...validate(component.header).map((problem) => `header ${problem}`),
    ...validate(component.body).map((problem) => `body ${problem}`),
  ];
}

/** The template with one exact piece replaced, failing loudly if the piece is not there. */
function brokenCopy(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe.each(COMPONENTS)('templates/%s.yml', (name) => {
  const text = readRepoFile(`templates/${name}.yml`);

  it('validates against GitLab’s CI schema', () => {
    expect(problemsOf(text)).toEqual([]);
  });

  it('fails when a job keyword is misspelt', () => {
    const broken = brokenCopy(text, '  stage: $[[ inputs.stage ]]', '  stgae: $[[ inputs.stage ]]');
    expect(problemsOf(broken)).toContainEqual(
      expect.stringMatching(
        /^body \/\$\[\[ inputs\.job-prefix \]\]-\w+ must NOT have additional properties \(stgae\)$/,
      ),
    );
  });

  it('fails when an input keyword is misspelt', () => {
    const broken = brokenCopy(text, '      default: imprint\n', '      defualt: imprint\n');
    expect(problemsOf(broken)).toContainEqual(
      'header /spec/inputs/job-prefix must NOT have additional properties (defualt)',
    );
  });

  it('fails when the spec header has an unknown key', () => {
    const broken = brokenCopy(text, '  component: [version]', '  components: [version]');
    expect(problemsOf(broken)).toContainEqual(
      'header /spec must NOT have additional properties (components)',
    );
  });
});

describe('hidden jobs (publish builders)', () => {
  it('are checked as job templates: a misspelt keyword fails', () => {
    const text = readRepoFile('templates/publish.yml');
    const broken = brokenCopy(
      text,
      '  services:\n    - name: $[[ inputs.dind-image ]]',
      '  servces:\n    - name: $[[ inputs.dind-image ]]',
    );
    expect(problemsOf(broken)).toContainEqual(
      'body /.$[[ inputs.job-prefix ]]-publish-with-docker must NOT have additional properties (servces)',
    );
  });
});

describe('the project pipeline (.gitlab-ci.yml)', () => {
  const text = readRepoFile('.gitlab-ci.yml');

  it('validates against GitLab’s CI schema', () => {
    expect(validate(parse(text))).toEqual([]);
  });

  it('fails when a keyword is misspelt', () => {
    const broken = brokenCopy(text, '  release:\n    tag_name:', '  release:\n    tagname:');
    expect(validate(parse(broken))).toContainEqual(expect.stringContaining('(tagname)'));
  });
});

describe('the schema extensions', () => {
  it('start from a schema that lacks spec:component and spec:description (so they are needed)', () => {
    const upstream = ciValidator(bundledCiSchema());
    const header = { spec: { component: ['version'], description: 'x', inputs: {} } };
    expect(upstream(header)).toEqual(
      expect.arrayContaining([
        '/spec must NOT have additional properties (component)',
        '/spec must NOT have additional properties (description)',
      ]),
    );
    expect(validate(header)).toEqual([]);
  });

  it('reject an unknown component context field', () => {
    expect(validate({ spec: { component: ['version', 'tag'] } })).toContainEqual(
      '/spec/component/1 must be equal to one of the allowed values',
    );
  });

  it('leave the bundled schema untouched', () => {
    const base = bundledCiSchema();
    componentCiSchema(base);
    expect(base.properties.spec.properties.component).toBeUndefined();
  });
});
