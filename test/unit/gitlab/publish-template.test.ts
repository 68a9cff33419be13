/**
 * templates/publish.yml against the action: the same inputs (names, kinds, defaults, choices),
 * each one reaching `imprint publish`, and the jobs the issue asks for.
 */
import { parse } from 'yaml';
import { secretEnvName } from '../../../src/inputs/flags.js';
import { PUBLISH_INPUTS } from '../../../src/inputs/tables/publish.js';
import {
  inlinedInputNames,
  inputVariableName,
  loopedInputNames,
  mainJob,
  readComponent,
  readRepoFile,
} from './template-files.js';

/** Inputs only the component has: where the job goes and what it runs in. */
const COMPONENT_ONLY = ['stage', 'job-prefix', 'imprint-image', 'dind-image'];
/** Inputs only the Action has: GitHub's Attestations API exists on GitHub alone. */
const ACTION_ONLY = ['github-attestations', 'github-token'];
/** The action's inputs the component offers too. */
const SHARED_INPUTS = PUBLISH_INPUTS.filter((spec) => !ACTION_ONLY.includes(spec.name));
/** Where the component's default differs from the action's, and why. */
const GITLAB_DEFAULTS: Record<string, string> = {
  // The services a job gets are fixed when the pipeline is created, so the component cannot
  // pick a builder at run time: buildah works on every runner.
  builder: 'buildah',
};
/** Builders the component offers; `auto` needs the run-time choice above. */
const GITLAB_BUILDERS = ['buildah', 'docker', 'buildx', 'none'];
/** Handed over through the environment, never on the command line. */
const SECRET_INPUTS = SHARED_INPUTS.filter((spec) => spec.secret).map((spec) => spec.name);
/** Restricted by GitLab to their options or to booleans, so pasted into the script. */
const INLINED_INPUTS = [
  'attestation-format',
  'builder',
  'buildx-sbom',
  'no-cache',
  'provenance',
  'pull',
  'push',
  'sbom-format',
  'sign',
  'signing',
  'sigstore',
  'summary',
  'tlog-upload',
];

const component = readComponent('publish');
const inputs = component.header.spec.inputs;
const job = mainJob(component, 'publish');

function requiredActionInputs(): string[] {
  const action = parse(readRepoFile('action.yml')) as {
    inputs: Record<string, { required?: boolean }>;
  };
  return Object.entries(action.inputs)
    .filter(([, input]) => input.required === true)
    .map(([name]) => name);
}

describe('publish inputs', () => {
  it('are the action’s inputs plus the component’s own', () => {
    expect(Object.keys(inputs).sort()).toEqual(
      [...SHARED_INPUTS.map((spec) => spec.name), ...COMPONENT_ONLY].sort(),
    );
  });

  it.each(SHARED_INPUTS.map((spec) => [spec.name, spec] as const))(
    '%s has the action’s kind and default',
    (name, spec) => {
      const input = inputs[name]!;
      expect(input.description?.length).toBeGreaterThan(10);
      if (!('default' in input)) {
        expect(spec.default).toBeUndefined();
        return;
      }
      const expected = GITLAB_DEFAULTS[name] ?? spec.default ?? '';
      if (spec.kind === 'boolean') {
        expect(input.type).toBe('boolean');
        expect(input.default).toBe(expected === 'true');
      } else {
        expect(input.type ?? 'string').toBe('string');
        expect(input.default).toBe(expected);
      }
      if (spec.kind === 'choice') {
        expect(input.options).toEqual(name === 'builder' ? GITLAB_BUILDERS : spec.choices);
      }
    },
  );

  it('offer only builders the action knows', () => {
    const builderChoices = PUBLISH_INPUTS.find((spec) => spec.name === 'builder')?.choices ?? [];
    expect(GITLAB_BUILDERS.every((builder) => builderChoices.includes(builder))).toBe(true);
  });

  it('are required exactly where action.yml requires them', () => {
    const required = Object.keys(inputs).filter((name) => !('default' in inputs[name]!));
    expect(required).toEqual(requiredActionInputs());
    expect(required).toEqual(['image']);
  });
});

describe('the publish job hands every input to imprint', () => {
  it('free-text inputs as variables, one per input, named after it', () => {
    const looped = loopedInputNames(job);
    expect(looped.length).toBeGreaterThan(5);
    for (const name of looped)
      expect(job.variables?.[inputVariableName(name)]).toBe(`$[[ inputs.${name} ]]`);
    const inputVariables = Object.keys(job.variables ?? {}).filter((key) =>
      key.startsWith('IMPRINT_INPUT_'),
    );
    expect(inputVariables.sort()).toEqual(looped.map(inputVariableName).sort());
  });

  it('secrets through the variables imprint reads itself (IMPRINT_REGISTRY_PASSWORD, …)', () => {
    expect(SECRET_INPUTS.sort()).toEqual([
      'identity-token',
      'key-password',
      'registry-password',
      'secrets',
    ]);
    expect(secretEnvName('key-password')).toBe('IMPRINT_KEY_PASSWORD');
    for (const name of SECRET_INPUTS) {
      expect(job.variables?.[secretEnvName(name)]).toBe(`$[[ inputs.${name} ]]`);
      expect(job.script?.join('\n')).not.toContain(name);
    }
  });

  it('and pastes into the script only inputs GitLab restricts to options or booleans', () => {
    const inlined = inlinedInputNames(job);
    expect(inlined.sort()).toEqual(INLINED_INPUTS);
    for (const name of inlined) {
      expect(inputs[name]?.options !== undefined || inputs[name]?.type === 'boolean').toBe(true);
    }
  });

  it('covers the action’s inputs exactly', () => {
    const handed = [...loopedInputNames(job), ...inlinedInputNames(job), ...SECRET_INPUTS];
    expect(handed.sort()).toEqual(SHARED_INPUTS.map((spec) => spec.name).sort());
  });

  it('calls imprint through IMPRINT_CLI (imprint on PATH in the image)', () => {
    expect(job.variables?.IMPRINT_CLI).toBe('imprint');
    expect(job.script?.join('\n')).toMatch(/\$IMPRINT_CLI publish "\$@"/);
  });
});

describe('the publish job', () => {
  it('has an identity token for Sigstore', () => {
    expect(job.id_tokens).toEqual({ SIGSTORE_ID_TOKEN: { aud: 'sigstore' } });
  });

  it('takes its stage and name from inputs', () => {
    expect(job.stage).toBe('$[[ inputs.stage ]]');
  });

  it('runs in imprint’s image of the component version unless imprint-image says otherwise', () => {
    expect(job.image).toEqual({ name: '$IMPRINT_IMAGE', entrypoint: [''] });
    expect(job.variables?.IMPRINT_IMAGE).toBe('$[[ inputs.imprint-image ]]');
    expect(job.rules?.[0]).toEqual({
      if: '$IMPRINT_IMAGE == ""',
      variables: { IMPRINT_IMAGE: 'ghcr.io/owner/imprint:$[[ component.version ]]' },
    });
    expect(component.header.spec.component).toContain('version');
    expect(inputs['imprint-image']?.default).toBe('');
  });

  it('extends one hidden job per builder; only docker and buildx bring the dind service', () => {
    expect(job.extends).toBe('.$[[ inputs.job-prefix ]]-publish-with-$[[ inputs.builder ]]');
    const hidden = (builder: string) =>
      component.body[`.$[[ inputs.job-prefix ]]-publish-with-${builder}`];
    for (const builder of GITLAB_BUILDERS) expect(hidden(builder)).toBeDefined();
    expect(hidden('docker')?.services).toEqual([
      { name: '$[[ inputs.dind-image ]]', alias: 'docker' },
    ]);
    expect(hidden('docker')?.variables?.DOCKER_HOST).toBe('tcp://docker:2376');
    expect(hidden('buildx')?.extends).toBe('.$[[ inputs.job-prefix ]]-publish-with-docker');
    expect(hidden('buildah')?.services).toBeUndefined();
    expect(hidden('buildah')?.variables).toEqual({
      STORAGE_DRIVER: 'vfs',
      BUILDAH_ISOLATION: 'chroot',
    });
  });

  it('reports the outputs as dotenv, the file imprint writes', () => {
    expect(job.script?.join('\n')).toContain('--dotenv=imprint.env');
    expect(job.artifacts?.reports?.dotenv).toBe('imprint.env');
    expect(job.artifacts?.when).toBe('always');
  });

  it('collects the SBOM and the scan as GitLab reports', () => {
    expect(job.artifacts?.reports?.cyclonedx).toEqual(['imprint-sbom/*.cdx.json']);
    expect(job.artifacts?.reports?.container_scanning).toBe('gl-container-scanning-report.json');
  });

  it('sets no global keywords (a component must not change the consumer’s pipeline)', () => {
    const keys = Object.keys(component.body);
    expect(keys.filter((key) => !key.startsWith('$[[') && !key.startsWith('.'))).toEqual([]);
  });
});
