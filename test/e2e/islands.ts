import { expect, type Page } from '@playwright/test';

/**
 * Waits until every runbook island on the screen — the profile bar, and the values and command
 * blocks of the steps in view — has taken its turn (`data-live`, src/islands/state/hydration.ts).
 * The other steps' islands may still wait: for a reader without a profile of their own they
 * hydrate when their step nears the screen (client:profile, src/islands/directives/profile.ts).
 */
export async function screenIslandsLive(page: Page, timeout = 30_000): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const onScreen = (element: Element) => {
            const box = (element.closest('section[data-section]') ?? element).getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          };
          const islands = [...document.querySelectorAll(':is(.profile-bar, .step-values, .command-blocks)')].filter(onScreen);
          return islands.length > 0 && islands.every((island) => island.hasAttribute('data-live'));
        }),
      { timeout },
    )
    .toBe(true);
}
