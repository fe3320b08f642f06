import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/build/content-security-policy-plugin.ts';

// The README's serving samples, held to the headers the build ships (dist/_headers, npm start).
const readme = readFileSync('README.md', 'utf8');
const nginxBlocks = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('the README’s nginx sample', () => {
  it('sends every security header the build sends, each as nginx writes it, on every response', () => {
    const snippet = nginxBlocks.find((block) => block.includes('advisor-headers.conf') && !block.includes('location /'))!;
    expect(snippet).toBeDefined();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      const line = snippet.split('\n').find((l) => l.startsWith(`add_header ${name} `));
      expect(line, name).toBeDefined();
      expect(line!.replace(`add_header ${name} `, '').replace(/ always;$/, '').replace(/^"|"$/g, ''), name).toBe(value);
      expect(line, `${name} is sent on errors too`).toMatch(/ always;$/);
    }
    expect(snippet).toContain('Strict-Transport-Security');
  });

  it('includes the shared headers in every block that adds its own (nginx drops inherited ones there)', () => {
    const locations = nginxBlocks.flatMap((block) => [...block.matchAll(/location [^{]+\{([\s\S]*?)\n\}/g)].map((m) => m[1]!));
    expect(locations.length).toBeGreaterThanOrEqual(2);
    for (const body of locations) if (body.includes('add_header')) expect(body).toContain('include snippets/advisor-headers.conf;');
  });
});
