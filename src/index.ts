/** The bundle's one entry: each launcher in dist/ names its door. */
export type Door = 'action-publish' | 'action-verify' | 'cli';

export async function runDoor(door: Door): Promise<void> {
  const { runCliDoor } = await import('./cli.js');
  if (door === 'cli') return runCliDoor(process.argv.slice(2));
  throw new Error(`door ${door} not built yet`);
}
