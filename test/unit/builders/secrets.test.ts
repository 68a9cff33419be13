import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isImprintError } from '../../../src/errors.js';
import {
  combineSecrets,
  parseSecretFiles,
  parseSecrets,
  prepareSecrets,
  secretArgument,
} from '../../../src/builders/secrets.js';

const VALUE = 'hunter2-Zq8';

/** The error a call throws, for checking its code and that its message never repeats a value. */
function thrown(call: () => unknown): { code: string; text: string } {
  try {
    call();
  } catch (error) {
    if (!isImprintError(error)) throw error;
    return { code: error.code, text: error.describe() };
  }
  throw new Error('expected an ImprintError');
}

describe('parseSecrets', () => {
  it('reads buildx spellings (src=, source=, env=) and build-push-action KEY=VALUE lines', () => {
    expect(
      parseSecrets([
        'id=npmrc,src=/home/me/.npmrc',
        'id=cert,type=file,source=./cert.pem',
        'id=token,env=GIT_AUTH_TOKEN',
        `GIT_AUTH_TOKEN2=${VALUE}`,
        'EQUALS=a=b,c',
      ]),
    ).toEqual([
      { id: 'npmrc', kind: 'file', path: '/home/me/.npmrc' },
      { id: 'cert', kind: 'file', path: './cert.pem' },
      { id: 'token', kind: 'env', variable: 'GIT_AUTH_TOKEN' },
      { id: 'GIT_AUTH_TOKEN2', kind: 'value', value: VALUE },
      { id: 'EQUALS', kind: 'value', value: 'a=b,c' },
    ]);
  });

  it.each([
    ['id=npmrc', 'line 1 (secret "npmrc") needs exactly one of src= or env='],
    ['id=npmrc,src=/a,env=B', 'line 1 (secret "npmrc") needs exactly one of src= or env='],
    ['id=npmrc,path=/a', 'line 1 has a field "path" that is not one of id=, src=, env=, type='],
    ['id=npmrc,src', 'line 1 has a field "src" that is not one of id=, src=, env=, type='],
    ['id=npmrc,env=1BAD', 'env=1BAD is not a variable name'],
    ['id=npmrc,type=env,src=/a', 'has type=env, which does not match its source'],
    ['id=npmrc,src=', 'line 1 (secret "npmrc") names no file'],
    ['id=../x,src=/a', 'the secret id must be letters, digits'],
    [`${VALUE}`, 'line 1 is not ID=VALUE'],
    ['EMPTY=', 'line 1 (secret "EMPTY") has an empty value'],
  ])('refuses %j, naming the line', (line, message) => {
    const error = thrown(() => parseSecrets([line]));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.text).toContain('input "secrets"');
    expect(error.text).toContain(message);
    expect(error.text).toContain('hint: write each line as id=ID,src=PATH');
  });

  it('never repeats an inline value in a message', () => {
    for (const line of [VALUE, `bad id=${VALUE}`, `a/b=${VALUE}`]) {
      const error = thrown(() => parseSecrets(['ok=1', line]));
      expect(error.text).toContain('line 2');
      expect(error.text).not.toContain(VALUE);
    }
  });

  it('refuses an id given twice, in secrets and secret-files together', () => {
    const error = thrown(() =>
      combineSecrets(parseSecrets(['token=abc']), parseSecretFiles({ token: '/run/token' })),
    );
    expect(error).toEqual({
      code: 'INPUT_CONFLICT',
      text: 'secret "token" is given twice\n  hint: give each secret id once, in secrets or secret-files',
    });
  });
});

describe('parseSecretFiles', () => {
  it('reads ID=PATH entries as file secrets', () => {
    expect(parseSecretFiles({ npmrc: ' ./.npmrc ' })).toEqual([
      { id: 'npmrc', kind: 'file', path: './.npmrc' },
    ]);
  });

  it('refuses an entry without a path, naming it', () => {
    expect(thrown(() => parseSecretFiles({ npmrc: ' ' })).text).toBe(
      'input "secret-files" entry "npmrc" names no file\n  hint: write ID=PATH',
    );
  });
});

describe('prepareSecrets', () => {
  let root: string;
  let file: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'imprint-secrets-'));
    file = join(root, 'npmrc');
    writeFileSync(file, 'registry token');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes an inline value to a 0600 file in a 0700 directory, and removes it', () => {
    const prepared = prepareSecrets(
      [
        { id: 'inline', kind: 'value', value: VALUE },
        { id: 'npmrc', kind: 'file', path: file },
        { id: 'token', kind: 'env', variable: 'TOKEN_VAR' },
      ],
      root,
      { TOKEN_VAR: 'from-the-environment' },
    );
    const [inline, fromFile, fromEnv] = prepared.mounts;
    expect(inline).toEqual({ id: 'inline', src: expect.stringMatching(/secret-0$/) as string });
    const path = (inline as { src: string }).src;
    expect(readFileSync(path, 'utf8')).toBe(VALUE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
    expect(dirname(dirname(path))).toBe(root);
    expect(fromFile).toEqual({ id: 'npmrc', src: file });
    expect(fromEnv).toEqual({ id: 'token', env: 'TOKEN_VAR' });
    expect(prepared.values).toEqual([VALUE, 'from-the-environment']);
    // The arguments carry paths and names only.
    const args = prepared.mounts.map(secretArgument);
    expect(args).toEqual([
      `--secret=id=inline,src=${path}`,
      `--secret=id=npmrc,src=${file}`,
      '--secret=id=token,env=TOKEN_VAR',
    ]);
    expect(args.join(' ')).not.toContain(VALUE);
    expect(args.join(' ')).not.toContain('from-the-environment');
    prepared.remove();
    expect(existsSync(dirname(path))).toBe(false);
    prepared.remove(); // twice is fine
  });

  it('makes no directory when nothing is inline', () => {
    const prepared = prepareSecrets([{ id: 'npmrc', kind: 'file', path: file }], root, {});
    expect(readdirSync(root)).toEqual(['npmrc']);
    prepared.remove();
  });

  it.each([
    [
      { id: 'token', kind: 'env', variable: 'UNSET_VAR' } as const,
      'secret "token" reads the environment variable UNSET_VAR, which is not set\n  hint: set UNSET_VAR for this step (env:), from a CI secret',
    ],
    [
      { id: 'npmrc', kind: 'file', path: '/no/such/file' } as const,
      'secret "npmrc": no file at /no/such/file',
    ],
  ])('refuses a secret it cannot read, and leaves no file behind: %j', (secret, message) => {
    const error = thrown(() =>
      prepareSecrets([{ id: 'inline', kind: 'value', value: VALUE }, secret], root, {}),
    );
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.text).toContain(message);
    expect(readdirSync(root)).toEqual(['npmrc']);
  });

  it('refuses a path with a comma, which --secret would split', () => {
    const comma = join(root, 'a,b');
    writeFileSync(comma, 'x');
    expect(
      thrown(() => prepareSecrets([{ id: 'c', kind: 'file', path: comma }], root, {})).text,
    ).toContain(`secret "c": the path ${comma} holds a comma or a quote`);
  });
});
