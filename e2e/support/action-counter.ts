import type { Locator } from 'playwright-core';

export interface ActionCounts {
  clicks: number;
  keystrokes: number;
}

/**
 * Drives a page the way a person would and counts what it costs them: a click is one click, a
 * typed text one keystroke per character, a key press one keystroke. Picking from a list or a
 * file takes two clicks (open it, choose), as it does by hand.
 */
export function createActionCounter() {
  const counts: ActionCounts = { clicks: 0, keystrokes: 0 };
  return {
    counts,
    async click(target: Locator): Promise<void> {
      counts.clicks += 1;
      await target.click();
    },
    async fill(target: Locator, text: string): Promise<void> {
      counts.keystrokes += [...text].length;
      await target.fill(text);
    },
    async press(target: Locator, key: string): Promise<void> {
      counts.keystrokes += 1;
      await target.press(key);
    },
    async select(target: Locator, value: string): Promise<void> {
      counts.clicks += 2;
      await target.selectOption(value);
    },
    async chooseFile(
      target: Locator,
      file: { name: string; mimeType: string; buffer: Buffer },
    ): Promise<void> {
      counts.clicks += 2;
      await target.setInputFiles(file);
    },
  };
}

export type ActionCounter = ReturnType<typeof createActionCounter>;
