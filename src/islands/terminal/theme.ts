/**
 * The terminal's colours, in one place: xterm draws with `terminalTheme`, and the lab page's screen
 * before xterm is there (TerminalIsland's preview, terminal.css) reads the same values from the CSS
 * variables `screenColours` sets on the screen.
 */
import type { ITheme } from '@xterm/xterm';

/**
 * Colours chosen for at least 4.5:1 contrast on the background (WCAG AA), because the DOM
 * renderer draws real text that axe and readers see. SGR 9x (bright) is what the lab output uses.
 */
export const terminalTheme: ITheme = {
  background: '#16181d',
  foreground: '#e8e8e8',
  cursor: '#e8e8e8',
  cursorAccent: '#16181d',
  selectionBackground: '#3d5a80',
  selectionForeground: '#ffffff',
  red: '#ff7b72',
  green: '#7ee787',
  yellow: '#f2cc60',
  blue: '#79c0ff',
  magenta: '#d2a8ff',
  cyan: '#76e3ea',
  white: '#e8e8e8',
  brightRed: '#ff9a92',
  brightGreen: '#8ff09a',
  brightYellow: '#f8d978',
  brightBlue: '#a5d6ff',
  brightMagenta: '#e2c5ff',
  brightCyan: '#9df0f5',
  brightWhite: '#ffffff',
};

/** The screen's CSS variables (`--terminal-bg`…), from the theme, for the style attribute. */
export const screenColours = [
  `--terminal-bg:${terminalTheme.background}`,
  `--terminal-fg:${terminalTheme.foreground}`,
  `--terminal-green:${terminalTheme.green}`,
  `--terminal-cyan:${terminalTheme.cyan}`,
].join(';');
