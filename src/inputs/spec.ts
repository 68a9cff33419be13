/**
 * What an input is, and where its text comes from. The tables of each door (src/inputs/tables/)
 * declare their inputs in this shape once: the action reads them as INPUT_*, the CLI as --flags
 * of the same kebab-case names, the GitLab components as spec inputs.
 */

export type InputKind = 'string' | 'boolean' | 'list' | 'map' | 'choice';

export interface InputSpec {
  name: string;
  description: string;
  kind: InputKind;
  /** The one statement of the default: action.yml, --help and the README repeat it, tested. */
  default?: string;
  choices?: readonly string[];
  /** Secrets are masked as soon as they are read. */
  secret?: boolean;
  /**
   * action.yml's wording, where the Action says it in GitHub's terms (permissions, secrets)
   * rather than the command line's; action.yml carries `description` otherwise.
   */
  actionDescription?: string;
  /**
   * action.yml's default where the Action has an expression the command line cannot have
   * (`${{ github.token }}`); the README's Action table shows it too. `default` is the CLI's.
   */
  actionDefault?: string;
}

export type InputSource = (name: string) => string | undefined;

/** GitHub Actions hands inputs over as INPUT_<NAME> (upper case, hyphens kept). */
export function actionInputSource(env: NodeJS.ProcessEnv): InputSource {
  return (name) => {
    const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    return value === undefined || value.trim() === '' ? undefined : value;
  };
}
