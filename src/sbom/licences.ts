/**
 * Licence text → SPDX. Identifiers come from the SPDX list bundled with the CycloneDX library
 * (the list its validator checks against); anything that is not SPDX stays a named licence.
 */
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';
import type { Licence } from './model.js';

/** GNU licences written the short way: `GPL-2`, `LGPL-2.1+`, `GPL-2.0+`, `AGPL-3`. */
const GNU_SHORT = /^(AGPL|LGPL|GPL|GFDL)-?(\d)(?:\.(\d))?(\+)?$/i;

/** Names used by Debian (DEP-5 short names) and others that mean one SPDX licence. */
const ALIASES: Readonly<Record<string, string>> = {
  expat: 'MIT',
  'apache-2': 'Apache-2.0',
  'apache 2.0': 'Apache-2.0',
  'mpl-2': 'MPL-2.0',
  zlib: 'Zlib',
  cc0: 'CC0-1.0',
  'psf-2': 'PSF-2.0',
  'python-2.0': 'Python-2.0',
};

/** The SPDX id for a licence name, or undefined when it is not one. */
export function spdxIdOf(text: string): string | undefined {
  const trimmed = text.trim();
  const gnu = GNU_SHORT.exec(trimmed);
  if (gnu) {
    const [, family, major, minor, plus] = gnu;
    const id = `${family!.toUpperCase()}-${major}.${minor ?? '0'}-${plus ? 'or-later' : 'only'}`;
    const fixed = SPDX.fixupSpdxId(id);
    if (fixed) return fixed;
  }
  const alias = ALIASES[trimmed.toLowerCase()];
  if (alias) return alias;
  return SPDX.fixupSpdxId(trimmed);
}

const LICENCE_REF = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;
const OPERATORS = new Set(['AND', 'OR', 'WITH']);

/**
 * A normalised SPDX expression (ids in their listed case, operators upper case), or undefined
 * when the text is not one. `+` after an id and `LicenseRef-…` are allowed.
 */
export function spdxExpressionOf(text: string): string | undefined {
  const tokens = text
    .replace(/([()])/g, ' $1 ')
    .split(/\s+/)
    .filter((token) => token !== '');
  if (tokens.length === 0) return undefined;
  const out: string[] = [];
  let depth = 0;
  let expectOperand = true;
  let afterWith = false;
  for (const token of tokens) {
    const upper = token.toUpperCase();
    if (expectOperand) {
      if (token === '(' && !afterWith) {
        depth += 1;
        out.push('(');
        continue;
      }
      const operand = operandOf(token);
      if (!operand) return undefined;
      out.push(operand);
      expectOperand = false;
      afterWith = false;
      continue;
    }
    if (token === ')') {
      if (depth === 0) return undefined;
      depth -= 1;
      out.push(')');
      continue;
    }
    if (!OPERATORS.has(upper)) return undefined;
    out.push(upper);
    expectOperand = true;
    afterWith = upper === 'WITH';
  }
  if (expectOperand || depth !== 0) return undefined;
  return out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

function operandOf(token: string): string | undefined {
  if (LICENCE_REF.test(token)) return token;
  const plus = token.endsWith('+') && !GNU_SHORT.test(token);
  const id = SPDX.fixupSpdxId(plus ? token.slice(0, -1) : token) ?? spdxIdOf(token);
  if (!id) return undefined;
  return plus ? `${id}+` : id;
}

/** One licence statement as found in package metadata. */
export function licenceOf(text: string): Licence | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const id = spdxIdOf(trimmed);
  if (id) return { spdxId: id };
  const expression = spdxExpressionOf(trimmed);
  if (expression) return { expression };
  return { name: trimmed };
}

/** The text a licence is counted under in statistics. */
export function licenceLabel(licence: Licence): string {
  if ('spdxId' in licence) return licence.spdxId;
  if ('expression' in licence) return licence.expression;
  return licence.name;
}

/** Drops repeats, keeping first-seen order. */
export function uniqueLicences(licences: readonly Licence[]): Licence[] {
  const seen = new Set<string>();
  return licences.filter((licence) => {
    const key = `${Object.keys(licence)[0]}:${licenceLabel(licence)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
