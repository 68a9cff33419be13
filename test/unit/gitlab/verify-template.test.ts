/**
 * templates/verify.yml: the verify door's inputs (src/inputs/tables/verify.ts), each reaching
 * `imprint verify`, the digest from the publish component as the default image, and the JUnit
 * report GitLab shows.
 */
import { VERIFY_INPUTS as DOOR_INPUTS } from '../../../src/inputs/tables/verify.js';
import {
  inlinedInputNames,
  inputVariableName,
  loopedInputNames,
  mainJob,
  readComponent,
} from './template-files.js';

/**
 * The door's inputs the component sets itself: the JUnit report goes beside report-path, where
 * the artifacts look for it, and the summary always goes to the job log.
 */
const SET_BY_THE_COMPONENT = ['junit-path', 'summary'];
const VERIFY_INPUTS = DOOR_INPUTS.map((input) => input.name).filter(
  (name) => !SET_BY_THE_COMPONENT.includes(name),
);
const COMPONENT_ONLY = ['stage', 'job-prefix', 'imprint-image'];

const component = readComponent('verify');
const inputs = component.header.spec.inputs;
const job = mainJob(component, 'verify');
const script = job.script?.join('\n') ?? '';

describe('verify inputs', () => {
  it('are the verify action’s inputs plus the component’s own', () => {
    expect(Object.keys(inputs).sort()).toEqual([...VERIFY_INPUTS, ...COMPONENT_ONLY].sort());
  });

  it('restrict the values that have a known set', () => {
    // Empty: the policy file's mode stays in force (imprint's default: enforce without one).
    expect(inputs.mode).toMatchObject({ default: '', options: ['', 'enforce', 'warn'] });
    expect(inputs.offline).toMatchObject({ type: 'boolean', default: false });
    expect(inputs['max-severity']?.options).toEqual([
      '',
      'NONE',
      'LOW',
      'MEDIUM',
      'HIGH',
      'CRITICAL',
    ]);
    expect(inputs['require-attestations']?.regex).toBeDefined();
  });

  it('are all optional: images default to what the publish component handed over', () => {
    expect(Object.values(inputs).every((input) => 'default' in input)).toBe(true);
    expect(script).toContain('IMPRINT_INPUT_IMAGES="${IMPRINT_IMAGE_REF-}"');
  });
});

describe('the verify job hands every input to imprint verify', () => {
  it('free-text inputs as variables named after them', () => {
    for (const name of loopedInputNames(job))
      expect(job.variables?.[inputVariableName(name)]).toBe(`$[[ inputs.${name} ]]`);
  });

  it('pastes into the script only inputs restricted to options or booleans', () => {
    expect(inlinedInputNames(job).sort()).toEqual(['insecure-ignore-tlog', 'offline']);
    // mode is passed only when set, so a policy file's own mode is not overridden.
    expect(script).not.toContain('--mode=');
  });

  it('covers the verify inputs exactly', () => {
    expect([...loopedInputNames(job), ...inlinedInputNames(job)].sort()).toEqual(
      [...VERIFY_INPUTS].sort(),
    );
    expect(script).toMatch(/\$IMPRINT_CLI verify "\$@"/);
  });
});

describe('the verify job', () => {
  it('writes the JUnit report where the artifacts look for it', () => {
    expect(script).toContain('--junit-path="$IMPRINT_INPUT_REPORT_PATH.junit.xml"');
    expect(job.artifacts?.reports?.junit).toBe('$[[ inputs.report-path ]].junit.xml');
    expect(job.artifacts?.paths).toEqual(['$[[ inputs.report-path ]]']);
    expect(job.artifacts?.when).toBe('always');
  });

  it('runs in imprint’s image of the component version unless imprint-image says otherwise', () => {
    expect(job.image).toEqual({ name: '$IMPRINT_IMAGE', entrypoint: [''] });
    expect(job.rules?.[0]?.variables?.IMPRINT_IMAGE).toBe(
      'ghcr.io/owner/imprint:$[[ component.version ]]',
    );
  });

  it('asks for no identity token: verifying needs none', () => {
    expect(job.id_tokens).toBeUndefined();
  });

  it('sets no global keywords', () => {
    expect(Object.keys(component.body)).toEqual(['$[[ inputs.job-prefix ]]-verify']);
  });
});
