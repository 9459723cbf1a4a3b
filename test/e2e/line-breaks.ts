import type { Page } from '@playwright/test';

/** A line break found inside a word of a command's text. */
export interface WordBreak {
  /** The text of the element, cut around the break (`⏎` marks it). */
  around: string;
  /** The word the break falls in. */
  word: string;
}

/**
 * The line breaks the browser placed inside words (between two characters that are not white
 * space) in the elements `selector` matches, as laid out now. A break inside a word that is wider
 * than its element cannot be avoided and is not reported.
 */
export async function breaksInsideWords(page: Page, selector: string): Promise<WordBreak[]> {
  return page.evaluate((selector) => {
    const found: { around: string; word: string }[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.getClientRects().length === 0) continue;
      const chars: { node: Text; offset: number; char: string }[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) chars.push({ node, offset: i, char: node.data[i]! });
      }
      const text = chars.map((c) => c.char).join('');
      const range = document.createRange();
      const rectOf = (i: number) => {
        range.setStart(chars[i]!.node, chars[i]!.offset);
        range.setEnd(chars[i]!.node, chars[i]!.offset + 1);
        return range.getClientRects()[0];
      };
      const width = element.getBoundingClientRect().width;
      let previous = chars.length ? rectOf(0) : undefined;
      for (let i = 1; i < chars.length; i++) {
        const rect = rectOf(i);
        if (!rect || !previous) {
          previous = rect;
          continue;
        }
        const newLine = rect.top >= previous.bottom - previous.height / 2;
        if (newLine && !/\s/.test(text[i - 1]!) && !/\s/.test(text[i]!)) {
          let start = i;
          while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
          let end = i;
          while (end < text.length && !/\s/.test(text[end]!)) end++;
          const word = text.slice(start, end);
          if (word.length * rect.width <= width) found.push({ word, around: `${text.slice(Math.max(0, i - 30), i)}⏎${text.slice(i, i + 30)}` });
        }
        previous = rect;
      }
    }
    return found;
  }, selector);
}
