/**
 * The bundle's one entry: each launcher in dist/ names its door (src/doors/). Heavy modules
 * load lazily.
 */
export type Door = 'action-publish' | 'action-verify' | 'action-promote' | 'cli';

export async function runDoor(door: Door): Promise<void> {
  switch (door) {
    case 'cli': {
      const { runCliDoor } = await import('./cli.js');
      return runCliDoor(process.argv.slice(2));
    }
    case 'action-publish': {
      const { runPublishAction } = await import('./doors/action/publish.js');
      return runPublishAction();
    }
    case 'action-verify': {
      const { runVerifyAction } = await import('./doors/action/verify.js');
      return runVerifyAction();
    }
    case 'action-promote': {
      const { runPromoteAction } = await import('./doors/action/promote.js');
      return runPromoteAction();
    }
  }
}
