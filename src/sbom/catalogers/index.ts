/**
 * The default cataloger set, in run order. os-release runs first: OS package purls carry the
 * distro it finds.
 */
import type { Cataloger } from '../model.js';
import { apkCataloger } from './apk.js';
import { dpkgCataloger } from './dpkg.js';
import { goCataloger } from './go.js';
import { javaCataloger } from './java.js';
import { npmCataloger } from './npm.js';
import { osReleaseCataloger } from './os-release.js';
import { pythonCataloger } from './python.js';
import { rpmCataloger } from './rpm.js';
import { rubyCataloger } from './ruby.js';

export const DEFAULT_CATALOGERS: readonly Cataloger[] = [
  osReleaseCataloger,
  dpkgCataloger,
  apkCataloger,
  rpmCataloger,
  npmCataloger,
  pythonCataloger,
  goCataloger,
  javaCataloger,
  rubyCataloger,
];
