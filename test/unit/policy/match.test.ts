import {
  anchoredRegExpSource,
  identityPattern,
  matchesIdentity,
  matchesImageGlob,
  parseImageGlob,
} from '../../../src/policy/match.js';
import { normaliseImage } from '../../../src/registry/reference.js';
import { imageGlobProblem, imageGlobWarnings } from '../../../src/policy/glob-lint.js';
import {
  compareDebian,
  compareVersions,
  rpmvercmp,
  versionInRange,
} from '../../../src/policy/versions.js';
import { describeAge, parseDuration } from '../../../src/policy/duration.js';
import { isExpired, parseExpiry } from '../../../src/policy/dates.js';

describe('image globs', () => {
  it('normalises globs the way Docker normalises references', () => {
    expect(parseImageGlob('nginx')).toEqual({ name: 'docker.io/library/nginx' });
    expect(parseImageGlob('acme/*:v1*')).toEqual({ name: 'docker.io/acme/*', tag: 'v1*' });
    expect(parseImageGlob('localhost:5000/app')).toEqual({ name: 'localhost:5000/app' });
    expect(parseImageGlob('ghcr.io/acme/legacy@sha256:abc')).toEqual({
      name: 'ghcr.io/acme/legacy',
      digest: 'sha256:abc',
    });
    expect(parseImageGlob('**')).toEqual({ name: '**' });
  });

  it.each([
    ['ghcr.io/acme/**', 'ghcr.io/acme/team/app:1', true],
    ['ghcr.io/acme/*', 'ghcr.io/acme/team/app:1', false],
    ['ghcr.io/acme/*', 'ghcr.io/acme/app:1', true],
    ['nginx', 'docker.io/library/nginx:1.27', true],
    ['nginx:latest', 'nginx', true],
    ['nginx:latest', 'nginx:1.27', false],
    ['ghcr.io/acme/app', 'ghcr.io/acme/app2:1', false],
    ['ghcr.io/acme.io/app', 'ghcr.io/acmexio/app:1', false],
    ['**', 'quay.io/x/y:z', true],
  ])('%s matches %s: %s', (glob, reference, expected) => {
    expect(matchesImageGlob(glob, normaliseImage(reference))).toBe(expected);
  });

  // Docker's normalisation: a glob names the image its reader sees, however either is spelled.
  it.each([
    ['docker.io/nginx', 'nginx:1.27', true],
    ['docker.io/nginx', 'docker.io/library/nginx', true],
    ['index.docker.io/nginx', 'nginx', true],
    ['index.docker.io/library/nginx', 'nginx', true],
    ['registry-1.docker.io/nginx:1.*', 'docker.io/nginx:1.27', true],
    ['nginx', 'index.docker.io/library/nginx', true],
    ['docker.io/nginx', 'docker.io/acme/nginx', false],
    ['docker.io/nginx', 'ghcr.io/nginx', false],
    ['docker.io/*', 'nginx', true],
    ['docker.io/*', 'acme/app', false],
    ['docker.io/ngin**', 'nginx', true],
    ['*/nginx', 'nginx', true],
    ['GHCR.io/acme/app', 'ghcr.io/acme/app:1', true],
    ['ghcr.io/acme/app', 'GHCR.IO/acme/app:1', true],
    ['Docker.IO/nginx', 'nginx', true],
    ['LOCALHOST:5000/app', 'localhost:5000/app', true],
    ['*.GHCR.io/acme/**', 'eu.ghcr.io/acme/app', true],
    // The repository path is case-sensitive (and lowercase): capitals name no image.
    ['ghcr.io/Acme/app', 'ghcr.io/acme/app', false],
  ])('Docker-normalised: %s matches %s: %s', (glob, reference, expected) => {
    expect(matchesImageGlob(glob, normaliseImage(reference))).toBe(expected);
  });

  it('never widens a Docker Hub glob beyond what it names', () => {
    expect(parseImageGlob('docker.io/**')).toEqual({ name: 'docker.io/**' });
    expect(parseImageGlob('index.docker.io/**')).toEqual({ name: 'docker.io/**' });
    expect(parseImageGlob('docker.io/nginx')).toEqual({ name: 'docker.io/library/nginx' });
    expect(parseImageGlob('docker.io/acme/*')).toEqual({ name: 'docker.io/acme/*' });
    expect(matchesImageGlob('docker.io/**', normaliseImage('ghcr.io/acme/app'))).toBe(false);
    expect(matchesImageGlob('docker.io/library/*', normaliseImage('acme/app'))).toBe(false);
    expect(matchesImageGlob('docker.io/*', normaliseImage('docker.io/acme/app'))).toBe(false);
  });
});

describe('image globs that can match nothing', () => {
  it.each([
    ['*', 'every image name holds a registry and a path, and * stops at "/"'],
    [
      'ghcr.io/Acme/app',
      'repository paths are lowercase (OCI distribution spec), so ghcr.io/Acme/app names no image: write ghcr.io/acme/app',
    ],
    ['ghcr.io/acme//app', 'empty path component'],
    ['ghcr.io/acme/app!', 'image names hold only lowercase letters'],
    ['ghcr.io/acme/app:-v1', 'no image has the tag "-v1"'],
    ['ghcr.io/acme/app@sha256:ABC', 'no image has the digest "sha256:ABC"'],
  ])('%s', (glob, message) => {
    expect(imageGlobProblem(glob)).toContain(message);
  });

  it.each(['**', 'GHCR.io/acme/app', 'docker.io/nginx', 'ghcr.io/acme/*:v1.*', '*/nginx@sha256:*'])(
    '%s can match an image',
    (glob) => {
      expect(imageGlobProblem(glob)).toBeUndefined();
    },
  );

  it('names the field of every such glob in the policy', () => {
    expect(
      imageGlobWarnings({
        images: {
          allow: ['ghcr.io/acme/**', '*'],
          exclude: ['ghcr.io/Acme/x'],
          requireDigest: true,
        },
        exceptions: [{ image: 'x@sha256:Z', expires: '2999-01-01', reason: 'r' }],
      }),
    ).toEqual([
      expect.stringMatching(/^images\.allow \* can match no image: /),
      expect.stringMatching(/^images\.exclude ghcr\.io\/Acme\/x can match no image: /),
      expect.stringMatching(/^exceptions x@sha256:Z can match no image: no image has the digest/),
    ]);
  });
});

describe('identities', () => {
  it('exact strings are exact, even with regex characters', () => {
    const pattern = identityPattern('https://gitlab.com/g/p//.gitlab-ci.yml@refs/heads/main');
    expect(pattern.kind).toBe('exact');
    expect(matchesIdentity(pattern, 'https://gitlab.com/g/p//.gitlab-ci.yml@refs/heads/main')).toBe(
      true,
    );
    expect(matchesIdentity(pattern, 'https://gitlab.com/g/p//.gitlab-ci-yml@refs/heads/main')).toBe(
      false,
    );
    expect(anchoredRegExpSource(pattern)).toBe(
      '^https://gitlab\\.com/g/p//\\.gitlab-ci\\.yml@refs/heads/main$',
    );
  });

  it('globs are anchored, * stays within a path segment, ** does not', () => {
    const tags = identityPattern(
      'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*',
    );
    expect(
      matchesIdentity(
        tags,
        'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1',
      ),
    ).toBe(true);
    expect(
      matchesIdentity(
        tags,
        'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/release/v1',
      ),
    ).toBe(false);
    expect(
      matchesIdentity(
        tags,
        'xhttps://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1',
      ),
    ).toBe(false);
    expect(
      matchesIdentity(
        identityPattern('https://github.com/acme/**'),
        'https://github.com/acme/a/b@c',
      ),
    ).toBe(true);
  });

  it('regular expressions are always anchored', () => {
    const pattern = identityPattern(undefined, 'https://github\\.com/acme/.+');
    expect(anchoredRegExpSource(pattern)).toBe('^(?:https://github\\.com/acme/.+)$');
    expect(matchesIdentity(pattern, 'https://github.com/acme/app')).toBe(true);
    expect(matchesIdentity(pattern, 'https://evil.example/?https://github.com/acme/app')).toBe(
      false,
    );
    expect(matchesIdentity(identityPattern(undefined, 'a|b'), 'ab')).toBe(false);
  });
});

describe('versions', () => {
  it('compares Debian versions like dpkg', () => {
    expect(compareDebian('1.0~rc1', '1.0')).toBeLessThan(0);
    expect(compareDebian('1:0.9', '2.0')).toBeGreaterThan(0);
    expect(compareDebian('3.0.11-1~deb12u2', '3.0.11-1')).toBeLessThan(0);
    expect(compareDebian('1.2.10', '1.2.9')).toBeGreaterThan(0);
    expect(compareDebian('1.0a', '1.0+')).toBeLessThan(0);
    expect(compareDebian('2.36-9+deb12u4', '2.36-9+deb12u4')).toBe(0);
  });

  it('compares RPM versions like rpmvercmp', () => {
    expect(rpmvercmp('1.10', '1.9')).toBe(1);
    expect(rpmvercmp('1.0~beta', '1.0')).toBe(-1);
    expect(rpmvercmp('1.0a', '1.0')).toBe(1);
    expect(rpmvercmp('1.0', '1.0.1')).toBe(-1);
    expect(rpmvercmp('2.0', '2.0')).toBe(0);
    expect(compareVersions('1:1.0-1.el8', '2.0-1.el8', 'rpm')).toBe(1);
  });

  it('uses SemVer where both sides are SemVer, segments otherwise', () => {
    expect(compareVersions('1.10.0-rc.1', '1.10.0', 'npm')).toBe(-1);
    expect(compareVersions('2.9.0.1', '2.9.0', 'maven')).toBe(1);
  });

  it.each([
    ['1.9', '<1.10.0', 'maven', true],
    ['1.10.0', '<1.10.0', 'maven', false],
    ['2.1.0', '>=2.0.0 <2.3.1', 'npm', true],
    ['2.3.1', '>=2.0.0 <2.3.1', 'npm', false],
    ['0.5', '<1.0 || >=3.0', 'pypi', true],
    ['3.1', '<1.0 || >=3.0', 'pypi', true],
    ['2.0', '<1.0 || >=3.0', 'pypi', false],
    ['4.2', '*', 'npm', true],
    ['1.2.3', '1.2.3', 'npm', true],
    ['1.2.3', '!= 1.2.3', 'npm', false],
  ])('%s in %s (%s): %s', (version, range, ecosystem, expected) => {
    expect(versionInRange(version, range, ecosystem)).toBe(expected);
  });
});

describe('durations and dates', () => {
  it('reads Go durations', () => {
    expect(parseDuration('720h')).toBe(720 * 3_600_000);
    expect(parseDuration('1h30m')).toBe(90 * 60_000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('30d')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
    expect(describeAge(61 * 86_400_000)).toBe('61d');
    expect(describeAge(90 * 60_000)).toBe('1h 30m');
  });

  it('reads expiries as the end of the day, and rejects impossible dates', () => {
    expect(parseExpiry('2026-12-31')?.toISOString()).toBe('2026-12-31T23:59:59.999Z');
    expect(parseExpiry('2026-02-30')).toBeUndefined();
    expect(isExpired('2026-05-31', new Date('2026-05-31T20:00:00Z'))).toBe(false);
    expect(isExpired('2026-05-31', new Date('2026-06-01T00:00:00Z'))).toBe(true);
    expect(isExpired('garbage', new Date())).toBe(true);
  });
});
