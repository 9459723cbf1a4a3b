import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../scripts/require-node24.mjs';

describe('the Node 24 guard', () => {
  it('refuses an older Node with a message that says how to fix it', () => {
    const problem = nodeVersionProblem('20.20.2');
    expect(problem).toMatch(/needs Node\.js 24/);
    expect(problem).toMatch(/Node 20\.20\.2/);
    expect(problem).toMatch(/npm install/);
  });
  it('accepts Node 24 and later', () => {
    expect(nodeVersionProblem('24.21.0')).toBeNull();
    expect(nodeVersionProblem('26.1.0')).toBeNull();
  });
  it('refuses nonsense', () => {
    expect(nodeVersionProblem('garbage')).not.toBeNull();
  });
  it('passes silently when run on this Node', () => {
    expect(execFileSync(process.execPath, ['scripts/require-node24.mjs'], { encoding: 'utf8' })).toBe('');
  });
});
