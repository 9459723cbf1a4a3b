import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'src/domain/profile/example.json');
const scratch = mkdtempSync(join(tmpdir(), 'passerelle-cli-'));

/**
 * The CLI as `npm install` leaves it, built from the current sources: the real bin/passerelle.mjs
 * next to a dist-cli/ that scripts/build-cli.mjs (the `prepare` script) writes, in a folder with
 * no node_modules, so nothing (tsx, valibot, the TypeScript sources) can be loaded at run time.
 */
const installed = join(scratch, 'installed');
const bin = join(installed, 'bin/passerelle.mjs');
beforeAll(async () => {
  mkdirSync(join(installed, 'bin'), { recursive: true });
  copyFileSync(join(root, 'bin/passerelle.mjs'), bin);
  writeFileSync(join(installed, 'package.json'), JSON.stringify({ type: 'module' }));
  await buildCli({ outdir: join(installed, 'dist-cli') });
}, 60_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real bin with this Node, as a user would. */
function run(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, LANG: 'C', LC_ALL: '' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input ?? '');
  });
}

/** Writes a variant of the example profile. */
function profileFile(name: string, change: (profile: Record<string, any>) => void): string {
  const profile = JSON.parse(readFileSync(example, 'utf8'));
  change(profile);
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(profile, null, 2));
  return path;
}

const diagnosticKeys = ['column', 'endColumn', 'endLine', 'line', 'message', 'path', 'ruleId', 'severity'];

describe('the built CLI', { timeout: 30_000 }, () => {
  it('is built by `npm install` (prepare) and by `npm run build`, and runs without tsx', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.prepare).toBe('node scripts/build-cli.mjs');
    expect(pkg.scripts.build).toContain('node scripts/build-cli.mjs');
    expect(pkg.bin.passerelle).toBe('bin/passerelle.mjs');
    const source = readFileSync(join(root, 'bin/passerelle.mjs'), 'utf8');
    expect(source).not.toMatch(/tsx|\.ts['"]/);
    expect(source).toContain('../dist-cli/passerelle.mjs');
  });

  it('says clearly, in both languages, that the CLI must be built when dist-cli is missing', async () => {
    const bare = join(scratch, 'bare');
    mkdirSync(join(bare, 'bin'), { recursive: true });
    copyFileSync(join(root, 'bin/passerelle.mjs'), join(bare, 'bin/passerelle.mjs'));
    writeFileSync(join(bare, 'package.json'), JSON.stringify({ type: 'module' }));
    const result = await new Promise<Run>((resolve) => {
      execFile(process.execPath, [join(bare, 'bin/passerelle.mjs'), '--help'], (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the CLI is not built (dist-cli/passerelle.mjs is missing). Run `npm install` or `npm run build:cli`');
    expect(result.stderr).toContain('la CLI n’est pas compilée');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('passerelle (the real bin, built)', { timeout: 30_000 }, () => {
  it('prints its usage with exit code 0, in French on request', async () => {
    const result = await run(['--help', '--lang', 'fr']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage\u00a0: passerelle');
    expect((await run([])).stdout).toContain('Usage: passerelle <verb>');
  });

  it.each([
    [['frobnicate'], /unknown verb "frobnicate"/],
    [['check', '--nope', 'x'], /unknown option "--nope"/],
    [['check', '--profile'], /option --profile needs a value/],
    [['matrix', '--format', 'xml'], /invalid value "xml" for --format/],
    [['check'], /needs a profile/],
    [['check', '--profile', join(scratch, 'missing.json')], /cannot read ".*missing\.json" \(ENOENT\)/],
    [['generate', '--profile', example, '--step', 'no-such-step'], /unknown step "no-such-step"/],
  ])('exits 2 with a clear message and no stack trace: %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('words usage errors in the chosen language', async () => {
    const result = await run(['check', '--lang', 'fr']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ce verbe a besoin d’un profil');
  });

  it('refuses an unreadable profile with exit 2, listing the issues', async () => {
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{ "schemaVersion": 1, ');
    const notJson = await run(['check', '--profile', broken]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('cannot be used');
    const wrongShape = profileFile('shape.json', (p) => {
      p.dialPlans[0].extensionDigits = 'four';
      p.secretPin = '1234';
    });
    const shape = await run(['check', '--profile', wrongShape]);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/dialPlans\[0\]\.extensionDigits/);
  });

  it('check: exit 0 and the JSON diagnostics shape on the example', async () => {
    const result = await run(['check', '--profile', example, '--format', 'json']);
    expect(result.code).toBe(0);
    const { diagnostics } = JSON.parse(result.stdout);
    expect(Array.isArray(diagnostics)).toBe(true);
    for (const d of diagnostics) {
      expect(Object.keys(d).sort()).toEqual(diagnosticKeys);
      expect(d.severity).not.toBe('error');
      expect(typeof d.path).toBe('string');
    }
  });

  it('check: exit 1 when the profile has an error (SIP secured against required encryption)', async () => {
    const sipSecured = profileFile('sipsecured.json', (p) => {
      p.dialPlans[1].voipSecurity = 'SIPSecured';
    });
    const json = await run(['check', '--profile', sipSecured, '--format', 'json']);
    expect(json.code).toBe(1);
    const errors = JSON.parse(json.stdout).diagnostics.filter((d: { severity: string }) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((d: { path: string }) => d.path.startsWith('dialPlans[1]'))).toBe(true);
    const text = await run(['check', '--profile', sipSecured]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^error \S+: /m);
  });

  it('generate --format json: commands with step, shell, target and text', async () => {
    const result = await run(['generate', '--profile', example, '--format', 'json']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.withheld).toEqual([]);
    expect(output.commands.length).toBeGreaterThan(50);
    for (const c of output.commands) expect(Object.keys(c).sort()).toEqual(['shell', 'step', 'target', 'text']);
    expect(output.commands.map((c: { text: string }) => c.text)).toContain('Set-UMService -Identity mbx01 -UMStartupMode Dual');
  });

  it('generate --step keeps one step', async () => {
    const result = await run(['generate', '--profile', example, '--format', 'json', '--step', 'run-exchucutil']);
    const steps = new Set(JSON.parse(result.stdout).commands.map((c: { step: string }) => c.step));
    expect([...steps]).toEqual(['run-exchucutil']);
  });

  it('generate --format ps1: header with the profile SHA-256, bilingual comments, cmd lines commented out', async () => {
    const result = await run(['generate', '--profile', example, '--format', 'ps1', '--lang', 'fr']);
    expect(result.code).toBe(0);
    const sha = createHash('sha256').update(readFileSync(example)).digest('hex');
    expect(result.stdout).toContain(`# SHA-256: ${sha}`);
    expect(result.stdout).toContain('# Passerelle — Contoso — Paris & Lyon');
    expect(result.stdout).toMatch(/^# FR: Créer les plans de numérotation URI SIP\n# EN: Create the SIP URI dial plans$/m);
    expect(result.stdout).toContain('# cmd> OcsUmUtil.exe');
    expect(result.stdout).not.toMatch(/^cd \/d/m);
  });

  it('generate --format ps1 starts with the UTF-8 BOM, on standard output and with --out; JSON has none', async () => {
    const stdout = await run(['generate', '--profile', example]);
    expect(stdout.stdout.startsWith('\uFEFF# Passerelle')).toBe(true);
    const out = join(scratch, 'out.ps1');
    const written = await run(['generate', '--profile', example, '--out', out, '--lang', 'fr']);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('# FR: ');
    const jsonOut = join(scratch, 'out.json');
    expect((await run(['generate', '--profile', example, '--format', 'json', '--out', jsonOut])).code).toBe(0);
    expect(readFileSync(jsonOut)[0]).toBe('{'.charCodeAt(0));
    const unwritable = await run(['generate', '--profile', example, '--out', join(scratch, 'no-such-dir', 'x.ps1')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/cannot write ".*x\.ps1" \(ENOENT\)/);
  });

  it('generate withholds the steps that profile errors touch, with their diagnostics, and exits 1', async () => {
    const badGateway = profileFile('gateway.json', (p) => {
      p.gateways.outboundPool = 'nowhere.contoso.com';
    });
    const result = await run(['generate', '--profile', badGateway, '--format', 'json']);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.withheld).toContain('restrict-outbound-gateways');
    expect(output.commands.some((c: { step: string }) => c.step === 'restrict-outbound-gateways')).toBe(false);
    expect(output.commands.some((c: { step: string }) => c.step === 'create-um-dial-plans')).toBe(true);
    const ps1 = await run(['generate', '--profile', badGateway]);
    expect(ps1.stdout).toMatch(/restrict-outbound-gateways[^\n]*\n(# .*\n)*# EN: Withheld/);
    expect(ps1.stdout).not.toContain('Set-UMIPGateway -OutcallsAllowed $false');
  });

  it('generate never lets a profile value out of a comment (line breaks in the name or in finding parameters)', async () => {
    const hostile = profileFile('hostile.json', (p) => {
      p.name = 'Contoso\nRemove-Item C:\\ -Recurse\r\n#';
      p.dialPlans[0].name = 'Paris\nRemove-Item C:\\ -Recurse';
    });
    const result = await run(['generate', '--profile', hostile]);
    expect(result.stdout).not.toMatch(/^Remove-Item/m);
    for (const line of result.stdout.replace(/^\uFEFF/, '').split('\n')) {
      if (line.includes('Remove-Item')) expect(line.startsWith('#') || line.includes("'")).toBe(true);
    }
  });

  it('lint: the generated ps1 lints clean (exit 0, no error, no warning)', async () => {
    const generated = await run(['generate', '--profile', example, '--format', 'ps1']);
    const ps1 = join(scratch, 'runbook.ps1');
    writeFileSync(ps1, generated.stdout);
    const result = await run(['lint', ps1, '--profile', example, '--format', 'json']);
    expect(result.code).toBe(0);
    const { diagnostics } = JSON.parse(result.stdout);
    expect(diagnostics.filter((d: { severity: string }) => d.severity !== 'info')).toEqual([]);
  });

  it('lint: text output shows the source line, a caret under the range, then severity ruleId: message', async () => {
    const result = await run(['lint', '-', '--shell', 'exchange'], "Set-UMService -Identity mbx01 -DialPlans ParisSIP\n");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      ['<stdin>:1:31', '  Set-UMService -Identity mbx01 -DialPlans ParisSIP', `  ${' '.repeat(30)}${'^'.repeat(19)}`, 'warning dial-plans-replace-list: '].join('\n'),
    );
  });

  it('lint: exit 1 and JSON diagnostics with a range when the script has an error', async () => {
    const script = join(scratch, 'exchucutil.ps1');
    writeFileSync(script, "Get-UMIPGateway\n& 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Scripts\\ExchUcUtil.ps1'\n");
    const result = await run(['lint', script, '--format', 'json', '--lang', 'fr']);
    expect(result.code).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout);
    for (const d of diagnostics) expect(Object.keys(d).sort()).toEqual(diagnosticKeys);
    const error = diagnostics.find((d: { ruleId: string }) => d.ruleId === 'exchucutil-from-scripts-folder');
    expect(error).toMatchObject({ severity: 'error', line: 2, column: 1, endLine: 2, path: null });
    expect(error.message).toContain('cd $exscripts');
  });

  it('lint: a BOM-less file whose bytes Windows PowerShell 5.1 would misread is an error; with the BOM it is clean', async () => {
    const line = "Enable-CsUser -Identity 'x\u0152; Start-Process calc; #' -RegistrarPool lyncpool-paris.contoso.com -SipAddressType EmailAddress\n";
    const withoutBom = join(scratch, 'no-bom.ps1');
    writeFileSync(withoutBom, line);
    const bad = await run(['lint', withoutBom, '--shell', 'lync', '--format', 'json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ps-file-encoding', severity: 'error', line: 1, column: 27 }));
    const withBom = join(scratch, 'bom.ps1');
    writeFileSync(withBom, `\uFEFF${line}`);
    const good = await run(['lint', withBom, '--shell', 'lync', '--format', 'json']);
    expect(JSON.parse(good.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId)).not.toContain('ps-file-encoding');
  });

  it('lint: an unreadable file is exit 2', async () => {
    const result = await run(['lint', join(scratch, 'nope.ps1')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read/);
  });

  it('matrix --format json: the nine cells', async () => {
    const result = await run(['matrix', '--format', 'json']);
    expect(result.code).toBe(0);
    const { cells } = JSON.parse(result.stdout);
    expect(cells).toHaveLength(9);
    for (const cell of cells) expect(Object.keys(cell).sort()).toEqual(['compatible', 'encryptionLevel', 'recommended', 'voipSecurity']);
    expect(cells).toContainEqual({ encryptionLevel: 'RequireEncryption', voipSecurity: 'SIPSecured', compatible: false, recommended: false });
    expect(cells).toContainEqual({ encryptionLevel: 'RequireEncryption', voipSecurity: 'Secured', compatible: true, recommended: true });
    const text = await run(['matrix', '--lang', 'fr']);
    expect(text.stdout).toMatch(/RequireEncryption\s+Secured\s+fonctionne \(recommandé\)/);
  });

  it('rules: lists every rule with its kind and severity', async () => {
    const result = await run(['rules', '--format', 'json']);
    expect(result.code).toBe(0);
    const { rules } = JSON.parse(result.stdout);
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) expect(Object.keys(rule).sort()).toEqual(['id', 'kind', 'severity', 'title']);
    expect((await run(['rules', '--lang', 'fr'])).code).toBe(0);
  });

  it('schema: the JSON Schema of the profile', async () => {
    const result = await run(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.type).toBe('object');
    expect(schema.properties.dialPlans.type).toBe('array');
    expect(schema.required).toContain('schemaVersion');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.exchange.properties.servers.items.properties.roles.minItems).toBe(1);
  });

  describe('edges (issue 16)', { timeout: 120_000 }, () => {
    it('lints 60 nested parentheses as PowerShell does, and stops pathological depth with one clear error', async () => {
      const nested = join(scratch, 'nested.ps1');
      writeFileSync(nested, `$x = ${'('.repeat(60)}1${')'.repeat(60)}\nWrite-Output ${'('.repeat(60)}$x${')'.repeat(60)}\n`);
      const ok = await run(['lint', nested, '--format', 'json']);
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout).diagnostics).toEqual([]);
      const deep = join(scratch, 'deep.ps1');
      writeFileSync(deep, `$x = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`);
      const refused = await run(['lint', deep, '--format', 'json']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe('');
      const { diagnostics } = JSON.parse(refused.stdout);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ ruleId: 'ps-unexpected-token', severity: 'error', line: 1 });
      expect(diagnostics[0].message).toContain('more than 300 levels deep');
      const fr = await run(['lint', deep, '--lang', 'fr']);
      expect(fr.stdout).toContain('sur plus de 300 niveaux');
    });

    it('ends quietly when the reader closes the pipe (lint … | head -1)', async () => {
      const many = join(scratch, 'many.ps1');
      writeFileSync(many, 'Get-Foo -Bar\n'.repeat(3000));
      // The shell's pipe, as a reader types it: head exits after one line, lint keeps writing.
      const result = await new Promise<Run>((resolve) => {
        const child = spawn('sh', ['-c', `"${process.execPath}" "${bin}" lint "${many}" | head -1`], { cwd: root, env: { ...process.env, LANG: 'C', LC_ALL: '' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
      });
      expect(result.stdout).toBe(`${many}:1:1\n`);
      expect(result.stderr).toBe('');
    });

    it('schema takes --lang like every verb', async () => {
      const fr = await run(['schema', '--lang', 'fr']);
      expect(fr.code).toBe(0);
      expect(fr.stdout).toBe((await run(['schema'])).stdout);
      const bad = await run(['schema', '--lang', 'fr', '--nope']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('option inconnue');
    });

    it('says a profile without a version has none, instead of "version null"', async () => {
      const unversioned = profileFile('unversioned.json', (p) => {
        delete p.schemaVersion;
      });
      const result = await run(['check', '--profile', unversioned]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('This file has no schemaVersion');
      expect(result.stderr).toMatch(/`\{"schemaVersion": \d+`/);
      expect(result.stderr).not.toContain('null');
      const fr = await run(['check', '--profile', unversioned, '--lang', 'fr']);
      expect(fr.stderr).toContain('Ce fichier n’a pas de schemaVersion');
    });
  });
});

describe('passerelle verify (the real bin)', { timeout: 60_000 }, () => {
  const dialPlanOutput = [
    '',
    'Name                      : ParisSIP',
    'URIType                   : SipName',
    'VoIPSecurity              : Secured',
    'NumberOfDigitsInExtension : 4',
    'AccessTelephoneNumbers    : {+33140001000}',
    '',
    'Name                      : LyonSIP',
    'URIType                   : SipName',
    'VoIPSecurity              : Secured',
    'NumberOfDigitsInExtension : 4',
    'AccessTelephoneNumbers    : {+33472001000}',
    '',
  ].join('\r\n');

  it('exits 0 when the output verifies every command of the step (file argument)', async () => {
    const path = join(scratch, 'dial-plans.txt');
    writeFileSync(path, dialPlanOutput);
    const result = await run(['verify', '--profile', example, '--step', 'create-um-dial-plans', path]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.match(/Verified/g)).toHaveLength(2);
  });

  it('exits 1 and names the mismatched property (standard input, French, JSON)', async () => {
    const wrong = dialPlanOutput.replace('VoIPSecurity              : Secured', 'VoIPSecurity              : Unsecured');
    const text = await run(['verify', '--profile', example, '--step', 'create-um-dial-plans', '--command', '1', '--lang', 'fr', '-'], wrong);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('✗ VoIPSecurity vaut Secured');
    expect(text.stdout).toContain('La sortie montre Unsecured, et non Secured.');
    const result = await run(['verify', '--profile', example, '--step', 'create-um-dial-plans', '--format', 'json'], wrong);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.verdicts.map((v: { status: string }) => v.status)).toEqual(['mismatch', 'verified']);
    expect(parsed.verdicts[0].expectations.find((e: { status: string }) => e.status !== 'matched')).toMatchObject({ property: 'VoIPSecurity', actual: 'Unsecured', reason: 'differs' });
  });

  it.each([
    ['random text', 'no objects here, only words'],
    ['an error record', "Get-UMDialPlan : The operation couldn't be performed.\n    + CategoryInfo          : NotSpecified: (:) [Get-UMDialPlan]\n    + FullyQualifiedErrorId : 5E8A"],
    ['binary', '\u0000\u0001\u0002PK'],
  ])('exits 2 for unreadable output: %s', async (_name, input) => {
    const result = await run(['verify', '--profile', example, '--step', 'create-um-dial-plans'], input);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Get-UMDialPlan');
    expect(result.stdout).not.toContain('Verified');
  });

  it('exits 2 on usage errors: no step, unknown step, a command number out of range', async () => {
    expect((await run(['verify', '--profile', example])).stderr).toMatch(/needs a step/);
    expect((await run(['verify', '--profile', example, '--step', 'nope'])).code).toBe(2);
    const range = await run(['verify', '--profile', example, '--step', 'create-um-dial-plans', '--command', '3'], dialPlanOutput);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/--command/);
  });
});

describe('passerelle inventory (the real bin)', { timeout: 30_000 }, () => {
  it.each(['exchange', 'lync'])('prints the %s inventory script, which lints clean through passerelle lint', async (shell) => {
    const result = await run(['inventory', '--shell', shell]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`shell = '${shell}'`);
    const path = join(scratch, `inventory-${shell}.ps1`);
    writeFileSync(path, result.stdout);
    const lint = await run(['lint', '--shell', shell, '--format', 'json', path]);
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout).diagnostics).toEqual([]);
  });

  it('exits 2 without --shell', async () => {
    const result = await run(['inventory']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs a shell/);
  });
});
