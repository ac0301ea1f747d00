import { describe, expect, it } from 'vitest';
import { terminalSafe, untrustedLine } from '../../src/cli/terminal-text.js';
import { controlCharacters } from '../helpers/control-characters.js';

const ESC = '\u001b';
const HOSTILE = [
  `${ESC}[2J${ESC}[1;1H`, // clear the screen, cursor home
  `${ESC}]0;title${'\u0007'}`, // set the window title (OSC ... BEL)
  `${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`, // a hyperlink (OSC ... ST)
  `${ESC}P1$r${ESC}\\`, // a device control string
  '\u009b31m', // 8-bit CSI
  '\u009d0;title\u009c', // 8-bit OSC
  '\r\u0008\u0000\u007f\u0085', // carriage return, backspace, NUL, DEL, NEL
  ESC, // a lone ESC at the end
];

describe('terminalSafe', () => {
  it('removes escape sequences whole and every control character but newline and tab', () => {
    const text = `before ${HOSTILE.join(' ')} after\n\tnext line`;
    const safe = terminalSafe(text);
    expect(controlCharacters(safe, ['\n', '\t'])).toEqual([]);
    expect(safe).toContain('before');
    expect(safe).toContain('after\n\tnext line');
    for (const leftover of ['[2J', 'title', 'evil.example', '31m', '$r']) {
      expect(safe).not.toContain(leftover);
    }
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    const text = 'Café ✓ 🙂 — https://example.com/?a=1&b=2 [not an escape]';
    expect(terminalSafe(text)).toBe(text);
  });
});

describe('untrustedLine', () => {
  it('makes one line: newlines and tabs become spaces', () => {
    expect(untrustedLine('first\r\nDone: stored\tthird', 100)).toBe('first Done: stored third');
  });

  it('cuts long text and says so', () => {
    const line = untrustedLine(`${ESC}[31m${'x'.repeat(300)}`, 200);
    expect(line).toBe(`${'x'.repeat(200)}…`);
  });
});
