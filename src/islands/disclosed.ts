/**
 * Text fields wait for their disclosure. When a closed <details> holds a text field, a text area or
 * a select, Chromium lays out the closed content once the page has loaded (form fields are
 * examined then; buttons and file choosers are not), one disclosure after another: on a runbook
 * page, the 21 step records and the two asides cost a task of 60–160 ms of layout on a 2-core
 * machine, four times that on a phone's CPU. So an island leaves such fields out of a closed
 * disclosure until the reader opens it, and keeps them from then on (whatever was typed stays).
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the <details> that `ref`'s element is (or sits in) has been opened: true once it has, and
 * true when there is none. `initially` is the answer on the server and at hydration (which must
 * render what the server rendered): false for an island in a closed disclosure.
 */
export function useDisclosed(ref: RefObject<HTMLElement>, initially: boolean): boolean {
  const [disclosed, setDisclosed] = useState(initially);
  useEffect(() => {
    if (disclosed) return;
    const details = ref.current?.closest('details');
    // Opened before this island hydrated (the browser toggles a disclosure without any script).
    if (!details || details.open) {
      setDisclosed(true);
      return;
    }
    const toggled = () => {
      if (details.open) setDisclosed(true);
    };
    details.addEventListener('toggle', toggled);
    return () => details.removeEventListener('toggle', toggled);
  }, [disclosed]);
  return disclosed;
}
