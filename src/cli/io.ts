/** The CLI's contact with the outside world, injectable for tests. */
import { readFile, writeFile } from 'node:fs/promises';
import { CliError } from './args.ts';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file, or standard input for `-`. */
  read(path: string): Promise<Buffer>;
  /** Writes a file whole (`--out`). */
  write(path: string, data: Uint8Array): Promise<void>;
}

/**
 * Whether the reader of a stream has gone (`passerelle lint … | head -1`). Node reports a closed
 * pipe as an `error` event, and an unhandled one ends the process with a stack trace; a closed
 * pipe is an ordinary end for a command-line tool, so the rest of the output is dropped quietly.
 */
const closed = { stdout: false, stderr: false };
function writer(name: 'stdout' | 'stderr'): (text: string) => void {
  let listening = false;
  return (text) => {
    const stream = process[name];
    if (!listening) {
      listening = true;
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        closed[name] = true;
      });
    }
    if (!closed[name]) stream.write(text);
  };
}

export const processIo: Io = {
  stdout: writer('stdout'),
  stderr: writer('stderr'),
  read: async (path) => {
    if (path !== '-') return readFile(path);
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  write: (path, data) => writeFile(path, data),
};

/** Reads a file as UTF-8 (without BOM), turning I/O failures into a worded usage error. */
export async function readText(io: Io, path: string): Promise<{ text: string; bytes: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = await io.read(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new CliError('cli.error.readFile', { path, reason: code });
  }
  return { text: bytes.toString('utf8').replace(/^\uFEFF/, ''), bytes };
}

/** Writes a file, turning I/O failures into a worded usage error. */
export async function writeBytes(io: Io, path: string, data: Uint8Array): Promise<void> {
  try {
    await io.write(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new CliError('cli.error.writeFile', { path, reason: code });
  }
}
