export async function runCliDoor(argv: string[]): Promise<void> {
  console.log('imprint', argv.join(' '));
}
