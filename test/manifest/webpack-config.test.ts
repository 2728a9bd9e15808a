/** webpack.config.js switches: office.js from the CDN in production, self-hosted in development; deployed URLs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFn = require(path.join(ROOT, 'webpack.config.js')) as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Record<string, unknown>>;

type Plugin = { constructor: { name: string }; userOptions?: Record<string, unknown>; patterns?: { from: string; to: string; transform?: (c: Buffer) => string }[] };

async function plugins(env: Record<string, unknown>, mode: string): Promise<Plugin[]> {
  return ((await configFn(env, { mode })).plugins as Plugin[]) ?? [];
}

const officeJs = (ps: Plugin[]) => ps.find((p) => p.userOptions?.filename === 'taskpane.html')?.userOptions?.officeJs;
const copies = (ps: Plugin[]) => ps.find((p) => p.constructor.name === 'CopyPlugin')?.patterns ?? [];

test('production uses Microsoft’s CDN office.js and copies no office.js; development self-hosts it', async () => {
  const prod = await plugins({}, 'production');
  expect(officeJs(prod)).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  expect(copies(prod).some((p) => p.to === 'office-js')).toBe(false);

  const dev = await plugins({}, 'development');
  expect(officeJs(dev)).toBe('office-js/office.js');
  expect(copies(dev).some((p) => p.to === 'office-js')).toBe(true);

  expect(officeJs(await plugins({ officejs: 'local' }, 'production'))).toBe('office-js/office.js');
});

test('a build with publicUrl rewrites every manifest URL; without it the manifest is copied unchanged', async () => {
  const xml = readFileSync(path.join(ROOT, 'manifest.xml'));
  const deployed = copies(await plugins({ publicUrl: 'https://edu.example.cn/junheng' }, 'production')).find((p) => p.to === 'manifest.xml')!;
  const out = deployed.transform!(xml);
  expect(out).not.toContain('localhost');
  expect(out).toContain('<SourceLocation DefaultValue="https://edu.example.cn/junheng/taskpane.html"/>');
  expect(out).toContain('<AppDomain>https://edu.example.cn</AppDomain>');

  const plain = copies(await plugins({}, 'production')).find((p) => p.to === 'manifest.xml')!;
  expect(plain.transform!(xml)).toBe(xml.toString());
});
