import { flagSource, parseFlags } from '../../../src/inputs/flags.js';
import { PUBLISH_INPUTS } from '../../../src/inputs/tables/publish.js';

describe('parseFlags', () => {
  it('reads values, repeats lists and maps, and booleans in every form', () => {
    const parsed = parseFlags(
      [
        '--image',
        'r.example/app',
        '--tags=1.0',
        '--tags',
        '1',
        '--build-args',
        'A=1',
        '--build-args',
        'B=x=y',
        '--no-push',
        '--summary',
      ],
      PUBLISH_INPUTS,
    );
    const source = flagSource(parsed);
    expect(source('image')).toBe('r.example/app');
    expect(source('tags')).toBe('1.0\n1');
    expect(source('build-args')).toBe('A=1\nB=x=y');
    expect(source('push')).toBe('false');
    expect(source('summary')).toBe('true');
    expect(parseFlags(['--push=false'], PUBLISH_INPUTS).values.get('push')).toBe('false');
  });

  it('takes `--flag false` and `--flag true` as people type them, and nothing else after a boolean', () => {
    const parsed = parseFlags(
      ['--push', 'false', '--summary', 'TRUE', '--sign', 'r.example/app@sha256:1'],
      PUBLISH_INPUTS,
    );
    expect(parsed.values.get('push')).toBe('false');
    expect(parsed.values.get('summary')).toBe('TRUE');
    expect(parsed.values.get('sign')).toBe('true');
    expect(parsed.positionals).toEqual(['r.example/app@sha256:1']);
  });

  it('keeps positionals and everything after --', () => {
    const parsed = parseFlags(['one', '--image', 'x', '--', '--not-a-flag'], PUBLISH_INPUTS);
    expect(parsed.positionals).toEqual(['one', '--not-a-flag']);
  });

  it('suggests the flag a person meant', () => {
    expect(() => parseFlags(['--platfroms', 'linux/amd64'], PUBLISH_INPUTS)).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'unknown flag --platfroms',
        hint: 'did you mean --platforms?',
      }),
    );
    expect(() => parseFlags(['--zzzzzzzzzzzz'], PUBLISH_INPUTS)).toThrow(
      expect.objectContaining({ hint: 'see --help for the flags' }),
    );
  });

  it('says when a flag lacks its value', () => {
    expect(() => parseFlags(['--image'], PUBLISH_INPUTS)).toThrow('flag --image needs a value');
  });
});

describe('flagSource', () => {
  it('takes secrets, and only secrets, from IMPRINT_* variables', () => {
    const parsed = parseFlags(['--image', 'a/b'], PUBLISH_INPUTS);
    const source = flagSource(parsed, PUBLISH_INPUTS, {
      IMPRINT_REGISTRY_PASSWORD: 'from-env',
      IMPRINT_TAGS: 'from-an-earlier-job',
    });
    expect(source('registry-password')).toBe('from-env');
    expect(source('tags')).toBeUndefined();
    expect(source('image')).toBe('a/b');
  });
});
