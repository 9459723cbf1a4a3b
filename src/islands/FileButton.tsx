/**
 * A file chooser that speaks the page's language: the browser's own control ("Choose File", "No
 * file chosen", in the browser's language) is hidden, and its label, styled as a button, is what
 * the reader sees, focuses and clicks. The control is cleared after each choice, so choosing the
 * same file again (after fixing it) is seen too. Used by the profile tools and the inventory import.
 */
import { useRef } from 'preact/hooks';

export interface FileButtonProps {
  label: string;
  /** The `accept` attribute: `application/json,.json`. */
  accept: string;
  onFile: (file: File) => void | Promise<void>;
}

export function FileButton({ label, accept, onFile }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <label class="file-button button">
      {label}
      <input
        ref={input}
        class="visually-hidden"
        type="file"
        accept={accept}
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          if (file) await onFile(file);
          if (input.current) input.current.value = '';
        }}
      />
    </label>
  );
}
