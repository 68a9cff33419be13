/**
 * A condition in the policy file, in Kyverno's shape (`key`, `operator`, `value`, `message`):
 * written once, read by `imprint verify` and exported to Kyverno as it is. A key whose JMESPath
 * does not parse is a policy error at its line, before any image is looked at. Conditions may
 * also be grouped as Kyverno groups them, `{any: [...], all: [...]}`: every entry of the list
 * must hold, and a group holds when all of its `all` and at least one of its `any` do.
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

const conditionSchema = z.strictObject({
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

const groupMembersSchema = z
  .array(conditionSchema)
  .min(1, { error: 'must list at least one condition' });

const conditionGroupSchema = z
  .strictObject({ any: groupMembersSchema.optional(), all: groupMembersSchema.optional() })
  .superRefine((group, ctx) => {
    if (group.any === undefined && group.all === undefined)
      ctx.addIssue({
        code: 'custom',
        message: 'a condition group needs any: or all:, each a list of conditions',
      });
  });

export type ConditionGroup = z.output<typeof conditionGroupSchema>;
export type ConditionEntry = PolicyCondition | ConditionGroup;

export function isConditionGroup(entry: ConditionEntry): entry is ConditionGroup {
  return !('key' in entry);
}

/** An entry written with `any:` or `all:` and no `key:` is a group; anything else a condition. */
function looksLikeGroup(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !('key' in value) &&
    ('any' in value || 'all' in value)
  );
}

/**
 * One entry of `conditions`. Parsed by the shape it has, so a mistake in a condition is reported
 * against that condition's own fields, not as "matches neither a condition nor a group".
 */
export const conditionEntrySchema = z.unknown().transform((value, ctx): ConditionEntry => {
  const parsed = (looksLikeGroup(value) ? conditionGroupSchema : conditionSchema).safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: issue.path });
  return z.NEVER;
});
