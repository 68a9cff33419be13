/**
 * templates/promote.yml: the promote door's inputs (src/inputs/tables/promote.ts), each reaching
 * `imprint copy`, the digest from the publish component as the default source, the passwords
 * by reference only and never on the command line, and the outputs as a dotenv report.
 */
import { PROMOTE_INPUTS } from '../../../src/inputs/tables/promote.js';
import {
  inlinedInputNames,
  inputVariableName,
  loopedInputNames,
  mainJob,
  readComponent,
} from './template-files.js';

/** The images are `imprint copy`'s two arguments; the passwords travel as IMPRINT_*_PASSWORD. */
const ARGUMENTS = ['source', 'destination'];
const SECRETS = PROMOTE_INPUTS.filter((input) => input.secret).map((input) => input.name);
const COMPONENT_ONLY = ['stage', 'job-prefix', 'imprint-image'];

const component = readComponent('promote');
const inputs = component.header.spec.inputs;
const job = mainJob(component, 'promote');
const script = job.script?.join('\n') ?? '';

describe('promote inputs', () => {
  it('are the promote action’s inputs plus the component’s own', () => {
    expect(Object.keys(inputs).sort()).toEqual(
      [...PROMOTE_INPUTS.map((input) => input.name), ...COMPONENT_ONLY].sort(),
    );
  });

  it('require a destination; the source defaults to what the publish component handed over', () => {
    expect('default' in inputs.destination!).toBe(false);
    expect(inputs.source?.default).toBe('');
    expect(script).toContain('source="${IMPRINT_INPUT_SOURCE:-${IMPRINT_IMAGE_REF-}}"');
  });

  it('take the passwords as references to variables only', () => {
    expect(SECRETS.sort()).toEqual(['destination-password', 'source-password']);
    for (const name of SECRETS) {
      const regex = new RegExp(inputs[name]!.regex!);
      expect(regex.test('$PROD_REGISTRY_TOKEN')).toBe(true);
      expect(regex.test('${PROD_REGISTRY_TOKEN}')).toBe(true);
      expect(regex.test('hunter2')).toBe(false);
    }
  });
});

describe('the promote job hands every input to imprint copy', () => {
  it('free-text inputs as variables named after them', () => {
    for (const name of [...loopedInputNames(job), ...ARGUMENTS])
      expect(job.variables?.[inputVariableName(name)]).toBe(`$[[ inputs.${name} ]]`);
  });

  it('the passwords in the environment imprint reads them from, never in the script', () => {
    expect(job.variables?.IMPRINT_SOURCE_PASSWORD).toBe('$[[ inputs.source-password ]]');
    expect(job.variables?.IMPRINT_DESTINATION_PASSWORD).toBe('$[[ inputs.destination-password ]]');
    expect(script).not.toMatch(/password/i);
  });

  it('covers the promote inputs exactly: the images as arguments, the rest as flags', () => {
    expect(inlinedInputNames(job)).toEqual([]);
    expect([...loopedInputNames(job), ...ARGUMENTS, ...SECRETS].sort()).toEqual(
      PROMOTE_INPUTS.map((input) => input.name).sort(),
    );
    expect(script).toContain('$IMPRINT_CLI copy "$source" "$IMPRINT_INPUT_DESTINATION" "$@"');
  });

  it('hands the outputs to later jobs as a dotenv report', () => {
    expect(script).toContain('--dotenv=imprint-promote.env');
    expect(job.artifacts?.reports?.dotenv).toBe('imprint-promote.env');
  });

  it('runs in imprint’s image of the component version unless imprint-image says otherwise', () => {
    expect(job.image).toEqual({ name: '$IMPRINT_IMAGE', entrypoint: [''] });
    expect(job.rules?.[0]?.variables?.IMPRINT_IMAGE).toBe(
      'ghcr.io/owner/imprint:$[[ component.version ]]',
    );
  });

  it('sets no global keywords', () => {
    expect(Object.keys(component.body)).toEqual(['$[[ inputs.job-prefix ]]-promote']);
  });
});
