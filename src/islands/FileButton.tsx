/**
 * A file chooser that speaks the page's language: the browser's own control ("Choose File", "No
 * file chosen", in the browser's language) is hidden, and its label, styled as a button, is what
 * the reader sees, focuses and clicks. The control is cleared after each choice, so choosing the
 * same file again (after fixing it) is seen too. Used by the profile tools, the inventory import
 * (one file) and the certificate inspector (several at once, `multiple`).
 */
import { useRef } from 'preact/hooks';

export type FileButtonProps = {
  label: string;
  /** The `accept` attribute: `application/json,.json`. */
  accept: string;
  /** While true the chooser does not open (a choice is being read). */
  disabled?: boolean;
} & ({ multiple?: false; onFile: (file: File) => void | Promise<void> } | { multiple: true; onFiles: (files: File[]) => void | Promise<void> });

export function FileButton(props: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <label class="file-button button" data-disabled={props.disabled ? '' : undefined}>
      {props.label}
      <input
        ref={input}
        class="visually-hidden"
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        onChange={async (event) => {
          const files = [...(event.currentTarget.files ?? [])];
          if (files.length > 0) await (props.multiple ? props.onFiles(files) : props.onFile(files[0]!));
          if (input.current) input.current.value = '';
        }}
      />
    </label>
  );
}
