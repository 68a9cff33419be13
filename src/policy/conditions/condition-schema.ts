/**
 * A condition in the policy file, in Kyverno's shape (`key`, `operator`, `value`, `message`):
 * written once, read by `imprint verify` and exported to Kyverno as it is. A key whose JMESPath
 * does not parse is a policy error at its line, before any image is looked at.
 */
import { z } from 'zod';
import { keyProblem } from './expression.js';
import { CONDITION_OPERATORS, RENAMED_OPERATORS } from './operators.js';

const operatorSchema = z.string().transform((name, ctx) => {
  if ((CONDITION_OPERATORS as readonly string[]).includes(name))
    return name as (typeof CONDITION_OPERATORS)[number];
  const renamed = RENAMED_OPERATORS[name];
  ctx.addIssue({
    code: 'custom',
    message: renamed
      ? `${name} is Kyverno's deprecated name: write ${renamed}`
      : `unknown operator ${JSON.stringify(name)}; one of ${CONDITION_OPERATORS.join(', ')}`,
  });
  return z.NEVER;
});

export const conditionSchema = z.strictObject({
  key: z.string().superRefine((key, ctx) => {
    const problem = keyProblem(key);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  }),
  operator: operatorSchema,
  // Any YAML value (the policy file is YAML, so it is JSON data); only its absence is wrong.
  value: z.unknown().superRefine((value, ctx) => {
    if (value === undefined) ctx.addIssue({ code: 'custom', message: 'is required but missing' });
    // Kyverno would substitute them and imprint verify would compare them as text: refused.
    else if (JSON.stringify(value).includes('{{'))
      ctx.addIssue({
        code: 'custom',
        message:
          'holds a {{ }} variable: values are compared as written; put the expression in `key`',
      });
  }),
  message: z.string().min(1, { error: 'must not be empty' }).optional(),
});

export type PolicyCondition = z.output<typeof conditionSchema>;
