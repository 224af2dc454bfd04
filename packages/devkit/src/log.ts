/** Progress lines for humans running `npm start` / `npm test`. */
const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text);

export const say = {
  step: (text: string) => console.log(`${paint(36, '›')} ${text}`),
  ok: (text: string) => console.log(`${paint(32, '✓')} ${text}`),
  warn: (text: string) => console.log(`${paint(33, '!')} ${text}`),
  fail: (text: string) => console.error(`${paint(31, '✗')} ${text}`),
  plain: (text: string) => console.log(text),
  bold: (text: string) => paint(1, text),
};

export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  say.step(`${label}…`);
  const started = Date.now();
  const result = await work();
  say.ok(`${label} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  return result;
}
