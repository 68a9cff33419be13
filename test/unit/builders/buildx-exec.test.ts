/**
 * buildx is not installed here (Debian ships no docker-buildx): these tests start a recording
 * stand-in for the docker CLI through the real exec layer, to see exactly what buildx would get
 * on its command line and in its environment, and what is left behind.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildxBuilder } from '../../../src/builders/buildx.js';
import type { BuildRequest } from '../../../src/builders/model.js';
import { GitHubPlatform } from '../../../src/ci/github.js';
import { LocalPlatform } from '../../../src/ci/local.js';
import { recordingLog } from './log-recorder.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const INLINE = 'inline-Secret-4711';
const FROM_ENV = 'env-Secret-0815';
const TOKEN = 'actions-runtime-token-42';

/**
 * Records its arguments one a line, the cache token and secret variable it was given, and the
 * content of every `--secret=…src=FILE` while the build runs; writes buildx's metadata file.
 */
const RECORDER = `#!/bin/sh
[ "$1 $2" = "buildx version" ] && exit 0
for arg in "$@"; do printf '%s\\n' "$arg" >> "$RECORD_DIR/argv"; done
printf 'token=%s\\nsecret=%s\\n' "$ACTIONS_RUNTIME_TOKEN" "$BUILD_SECRET_VAR" > "$RECORD_DIR/env"
for arg in "$@"; do
  case "$arg" in
    --secret=*src=*) cat "\${arg##*src=}" >> "$RECORD_DIR/mounted"; echo >> "$RECORD_DIR/mounted" ;;
    --metadata-file=*) printf '{"containerimage.digest":"${DIGEST}"}' > "\${arg#--metadata-file=}" ;;
  esac
done
echo "#5 [2/2] RUN --mount=type=secret,id=inline cat /run/secrets/inline"
echo "#5 0.1 ${INLINE}"
`;

describe('buildx through the exec layer (a recording stand-in for docker)', () => {
  let dir: string;
  let runnerTemp: string;
  let context: string;
  let docker: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'imprint-buildx-exec-'));
    runnerTemp = join(dir, 'runner-temp');
    context = join(dir, 'context');
    for (const folder of [runnerTemp, context]) mkdirSync(folder);
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');
    writeFileSync(join(dir, 'npmrc'), 'file-secret-content');
    docker = join(dir, 'docker');
    writeFileSync(docker, RECORDER);
    chmodSync(docker, 0o755);
    process.env.RECORD_DIR = dir;
    process.env.BUILD_SECRET_VAR = FROM_ENV;
  });

  afterEach(() => {
    delete process.env.RECORD_DIR;
    delete process.env.BUILD_SECRET_VAR;
    rmSync(dir, { recursive: true, force: true });
  });

  const request = (overrides: Partial<BuildRequest> = {}): BuildRequest => ({
    context,
    tags: ['127.0.0.1:5000/team/app:1'],
    platforms: [],
    buildArgs: {},
    labels: {},
    push: true,
    tempRoot: runnerTemp,
    ...overrides,
  });

  it('passes secrets by path and name and the gha token in the environment, never on argv or in the log', async () => {
    const log = recordingLog();
    const github = new GitHubPlatform({
      GITHUB_ACTIONS: 'true',
      ACTIONS_RUNTIME_TOKEN: TOKEN,
      ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/',
    });
    const result = await new BuildxBuilder({ binary: docker }).build(
      request({
        secrets: [
          { id: 'inline', kind: 'value', value: INLINE },
          { id: 'fromenv', kind: 'env', variable: 'BUILD_SECRET_VAR' },
          { id: 'npmrc', kind: 'file', path: join(dir, 'npmrc') },
        ],
        cacheFrom: ['type=gha'],
        cacheTo: ['type=gha,mode=max'],
        actionsCache: github.actionsCacheService,
      }),
      log,
    );

    expect(result).toEqual({ digest: DIGEST, pushed: true, builder: 'buildx' });
    const argv = readFileSync(join(dir, 'argv'), 'utf8');
    for (const value of [INLINE, FROM_ENV, TOKEN]) {
      expect(argv).not.toContain(value);
      expect(log.all()).not.toContain(value);
    }
    expect(argv).toContain('--secret=id=fromenv,env=BUILD_SECRET_VAR\n');
    expect(argv).toContain(`--secret=id=npmrc,src=${join(dir, 'npmrc')}\n`);
    expect(argv).toMatch(/--secret=id=inline,src=.*\/imprint-build-secrets-[^/]+\/secret-0\n/);
    expect(argv).toContain('--cache-from=type=gha\n--cache-to=type=gha,mode=max\n');
    // What the build saw: the token and the variable in its environment, the files' contents.
    expect(readFileSync(join(dir, 'env'), 'utf8')).toBe(`token=${TOKEN}\nsecret=${FROM_ENV}\n`);
    expect(readFileSync(join(dir, 'mounted'), 'utf8')).toBe(`${INLINE}\nfile-secret-content\n`);
    // The build echoed the secret: the log shows a mask.
    expect(log.infos).toContain('#5 0.1 ***');
    // The inline value's file and the metadata directory are gone.
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  it('refuses a secret whose variable is not set before buildx starts, leaving nothing behind', async () => {
    await expect(
      new BuildxBuilder({ binary: docker }).build(
        request({
          secrets: [
            { id: 'inline', kind: 'value', value: INLINE },
            { id: 'missing', kind: 'env', variable: 'IMPRINT_UNSET_SECRET_VAR' },
          ],
        }),
        recordingLog(),
      ),
    ).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message:
        'secret "missing" reads the environment variable IMPRINT_UNSET_SECRET_VAR, which is not set',
    });
    expect(existsSync(join(dir, 'argv'))).toBe(false);
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  it('refuses a type=gha cache outside GitHub before buildx starts', async () => {
    await expect(
      new BuildxBuilder({ binary: docker }).build(
        request({
          cacheTo: ['type=gha,mode=max'],
          actionsCache: new LocalPlatform().actionsCacheService,
        }),
        recordingLog(),
      ),
    ).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message:
        'input "cache-to" asks for a type=gha cache, but type=gha caches live in the GitHub Actions cache service, which only GitHub Actions jobs reach',
    });
    expect(existsSync(join(dir, 'argv'))).toBe(false);
  });
});
