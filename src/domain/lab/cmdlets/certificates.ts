/**
 * Exchange certificates: request (New-ExchangeCertificate -GenerateRequest), import of the issued
 * certificate or of a PFX, assignment to UM / UMCallRouter (Enable-ExchangeCertificate) and
 * listing. The lab plays the certification authority: a `.cer` next to a written `.req` is issued
 * instantly, and the `.pfx` the runbook's console step exports exists once the certificate is
 * installed on the server that made the request.
 *
 * Enabling for UM or UMCallRouter is refused while that service's startup mode is TCP (INV-04), and
 * the running service only loads the certificate when it restarts.
 */
import { boolParam, hasParam, listParam, stringParam } from '../call.ts';
import type { CmdletHandler, LabContext } from '../context.ts';
import { certificateObject } from '../objects.ts';
import { LabError } from '../output.ts';
import { fold, labThumbprint, shortName, type ExchangeCertificate, type ExchangeServerState, type LabState } from '../state.ts';
import { isTagged, psObject, textItems, type PsValue } from '../values.ts';
import { resolvePath } from './core.ts';
import { findExchangeServer } from './um.ts';

/** The services a certificate is enabled for on a server, UM ones included (from the UM settings). */
export function certificateServices(server: ExchangeServerState, certificate: ExchangeCertificate): string[] {
  const services = [...certificate.services];
  if (server.umService?.certificateThumbprint === certificate.thumbprint) services.push('UM');
  if (server.callRouter?.certificateThumbprint === certificate.thumbprint) services.push('UMCallRouter');
  return services;
}

function requireServer(ctx: LabContext, command: string, name: string): ExchangeServerState {
  const server = findExchangeServer(ctx.lab, name);
  if (!server) {
    throw new LabError(command, `The Exchange server '${name}' can't be found. Verify the name and try again.`, {
      category: `NotSpecified: (:) [${command}], ServerNotFoundException`,
      hint: { key: 'unknownServer', params: { server: name } },
    });
  }
  return server;
}

/** The subject's CN (`CN=mbx01.contoso.com, O=…` → `mbx01.contoso.com`). */
function commonName(subject: string): string {
  return /CN=([^,]+)/i.exec(subject)?.[1]?.trim() ?? subject;
}

/**
 * The issuer and thumbprint the lab CA gives a request: the profile's certificate with that subject
 * when there is one (so a thumbprint written in the profile is the one the lab uses), else the
 * lab's own root.
 */
function issuance(ctx: LabContext, subject: string, domains: readonly string[]): { issuer: string; thumbprint: string } {
  const known = ctx.profile.certificates.find((c) => fold(c.subject) === fold(subject));
  return {
    issuer: known?.issuer ?? 'CN=Lab Root CA',
    thumbprint: known?.thumbprint?.toUpperCase() ?? labThumbprint(`${fold(subject)}|${domains.map(fold).join(',')}`),
  };
}

const newExchangeCertificate: CmdletHandler = (call, ctx) => {
  const server = requireServer(ctx, call.name, stringParam(call, 'Server') ?? ctx.server);
  const subject = stringParam(call, 'SubjectName') ?? `CN=${shortName(server.fqdn)}`;
  const domains = listParam(call, 'DomainName') ?? [commonName(subject)];
  const friendlyName = stringParam(call, 'FriendlyName') ?? 'Microsoft Exchange';
  const { issuer, thumbprint } = issuance(ctx, subject, domains);
  // New-ExchangeCertificate.md: "$false: The private key isn't exportable … This value is the default."
  const privateKeyExportable = boolParam(call, 'PrivateKeyExportable') === true;
  if (boolParam(call, 'GenerateRequest')) {
    const request: ExchangeCertificate = { thumbprint, subject, issuer, certificateDomains: domains, friendlyName, selfSigned: false, status: 'PendingRequest', services: [], notAfter: '', privateKeyExportable };
    ctx.change((lab) => {
      const target = findExchangeServer(lab, server.fqdn)!;
      target.certificates = target.certificates.filter((c) => c.thumbprint !== thumbprint);
      target.certificates.push(request);
    });
    const text = `-----BEGIN NEW CERTIFICATE REQUEST-----\nMIIE${thumbprint.slice(0, 24)}…(lab request for ${subject})\n-----END NEW CERTIFICATE REQUEST-----`;
    return [psObject('Lab.CertificateRequest', { Thumbprint: thumbprint, Server: server.fqdn, Text: text }, { display: text })];
  }
  // Without -GenerateRequest Exchange makes a self-signed certificate — which Lync will not trust.
  const selfSignedThumbprint = labThumbprint(`self|${fold(server.fqdn)}|${fold(subject)}`);
  const certificate: ExchangeCertificate = { thumbprint: selfSignedThumbprint, subject, issuer: subject, certificateDomains: domains, friendlyName, selfSigned: true, status: 'Valid', services: [], notAfter: '2031-01-01', privateKeyExportable };
  ctx.change((lab) => findExchangeServer(lab, server.fqdn)!.certificates.push(certificate));
  ctx.hint({ key: 'selfSignedCertificate' });
  return [certificateObject(certificate, [])];
};

/** `[System.IO.File]::ReadAllBytes(path)`: the lab knows requests it wrote and what its CA issued. */
const readAllBytes: CmdletHandler = (call, ctx) => {
  const path = resolvePath(ctx.cwd, call.words[0] ?? '');
  if (!fileSource(ctx.lab, path)) {
    throw new LabError('ReadAllBytes', `Exception calling "ReadAllBytes" with "1" argument(s): "Could not find file '${path}'."`, {
      category: 'NotSpecified: (:) [], MethodInvocationException',
      bare: true,
      hint: { key: 'fileNotFound', params: { path } },
    });
  }
  return [{ kind: 'bytes', path }];
};

/**
 * What a file holds: a written request; a `.cer` the lab CA issued for the `.req` beside it; or a
 * `.pfx` exported from the server that completed that request.
 */
function fileSource(lab: LabState, path: string): { kind: 'cer' | 'pfx'; thumbprint: string; server: string } | { kind: 'other' } | undefined {
  const key = fold(path);
  // A PFX written by Export-ExchangeCertificate -FileName.
  const exported = lab.files[key];
  if (key.endsWith('.pfx') && exported?.thumbprint && exported.server) return { kind: 'pfx', thumbprint: exported.thumbprint, server: exported.server };
  const base = key.replace(/\.(cer|crt|pfx|p7b)$/, '');
  const request = lab.files[`${base}.req`];
  if (request?.kind === 'request' && request.thumbprint && request.server) {
    if (/\.(cer|crt|p7b)$/.test(key)) return { kind: 'cer', thumbprint: request.thumbprint, server: request.server };
    if (key.endsWith('.pfx')) {
      // The console's export: only from the server that holds the key, and only if it may leave.
      const origin = lab.exchange.servers.find((s) => fold(s.fqdn) === fold(request.server!))?.certificates.find((c) => c.thumbprint === request.thumbprint && c.status === 'Valid');
      return origin && origin.privateKeyExportable !== false ? { kind: 'pfx', thumbprint: request.thumbprint, server: request.server } : undefined;
    }
  }
  return Object.hasOwn(lab.files, key) ? { kind: 'other' } : undefined;
}

const importExchangeCertificate: CmdletHandler = (call, ctx) => {
  const server = requireServer(ctx, call.name, stringParam(call, 'Server') ?? ctx.server);
  const data: PsValue = call.params.get('FileData') ?? null;
  const fileName = stringParam(call, 'FileName');
  const path = isTagged(data) && data.kind === 'bytes' ? data.path : fileName !== undefined ? resolvePath(ctx.cwd, fileName) : undefined;
  const source = path ? fileSource(ctx.lab, path) : undefined;
  if (!path || !source || source.kind === 'other') {
    throw new LabError(call.name, 'Cannot import certificate. The certificate data is not valid or the file could not be read.', {
      category: `InvalidArgument: (:) [${call.name}], ArgumentException`,
      hint: { key: 'certificateFile', params: {} },
    });
  }
  const origin = ctx.lab.exchange.servers.flatMap((s) => s.certificates).find((c) => c.thumbprint === source.thumbprint)!;
  if (server.certificates.some((c) => c.thumbprint === source.thumbprint && c.status === 'Valid')) {
    throw new LabError(call.name, `The certificate with thumbprint ${source.thumbprint} already exists on ${shortName(server.fqdn).toUpperCase()}.`, { category: `WriteError: (:) [${call.name}], ArgumentException` });
  }
  if (source.kind === 'cer') {
    // An issued certificate completes the pending request; the private key only exists where the
    // request was made, so other servers need the exported PFX.
    const pending = server.certificates.find((c) => c.thumbprint === source.thumbprint && c.status === 'PendingRequest');
    if (!pending) {
      throw new LabError(call.name, `The certificate can't be imported on ${shortName(server.fqdn).toUpperCase()}: no pending request for it exists there, so there is no private key. The request was generated on ${shortName(source.server).toUpperCase()}.`, {
        category: `InvalidOperation: (:) [${call.name}], InvalidOperationException`,
        hint: { key: 'importPfxInstead', params: { server: server.fqdn, origin: source.server } },
      });
    }
  } else if (!hasParam(call, 'Password')) {
    throw new LabError(call.name, 'Cannot import the PFX file: the specified network password is not correct.', {
      category: `InvalidArgument: (:) [${call.name}], CryptographicException`,
      hint: { key: 'pfxPassword', params: {} },
    });
  }
  // A completed request keeps the exportability it was requested with; an imported PFX is
  // exportable again only with -PrivateKeyExportable $true (Import-ExchangeCertificate.md).
  const pendingHere = server.certificates.find((c) => c.thumbprint === source.thumbprint && c.status === 'PendingRequest');
  const privateKeyExportable = source.kind === 'cer' ? pendingHere?.privateKeyExportable !== false : boolParam(call, 'PrivateKeyExportable') === true;
  const installed: ExchangeCertificate = { ...origin, certificateDomains: [...origin.certificateDomains], services: [], status: 'Valid', notAfter: '2028-12-31', privateKeyExportable };
  ctx.change((lab) => {
    const target = findExchangeServer(lab, server.fqdn)!;
    target.certificates = target.certificates.filter((c) => c.thumbprint !== installed.thumbprint);
    target.certificates.push(installed);
  });
  return [certificateObject(installed, [])];
};

const umServiceNames = new Set(['um', 'umcallrouter']);

const enableExchangeCertificate: CmdletHandler = (call, ctx) => {
  const server = requireServer(ctx, call.name, stringParam(call, 'Server') ?? ctx.server);
  const thumbprint = (stringParam(call, 'Thumbprint') ?? stringParam(call, 'Identity')?.split('\\').pop() ?? '').toUpperCase();
  const certificate = server.certificates.find((c) => c.thumbprint.toUpperCase() === thumbprint);
  if (!certificate) {
    throw new LabError(call.name, `The certificate with thumbprint ${thumbprint || '(empty)'} was not found on server ${shortName(server.fqdn).toUpperCase()}.`, {
      category: `ObjectNotFound: (:) [${call.name}], ArgumentException`,
      hint: { key: 'certificateNotOnServer', params: { server: server.fqdn } },
    });
  }
  if (certificate.status !== 'Valid') {
    throw new LabError(call.name, `The certificate with thumbprint ${thumbprint} is a pending request. Import the issued certificate before enabling it.`, { category: `InvalidOperation: (:) [${call.name}], InvalidOperationException` });
  }
  const services = textItems(call.params.get('Services') ?? null).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  for (const service of services) {
    const lower = service.toLowerCase();
    if (!umServiceNames.has(lower)) continue;
    const settings = lower === 'um' ? server.umService : server.callRouter;
    const serviceName = lower === 'um' ? 'MSExchangeUM' : 'MSExchangeUMCR';
    if (!settings) {
      throw new LabError(call.name, `The ${lower === 'um' ? 'Unified Messaging' : 'Unified Messaging Call Router'} service isn't installed on ${shortName(server.fqdn).toUpperCase()}, so the certificate can't be enabled for ${service}.`, {
        category: `InvalidOperation: (:) [${call.name}], InvalidOperationException`,
        hint: { key: 'serviceNotOnServer', params: { service: serviceName, server: server.fqdn } },
      });
    }
    if (settings.umStartupMode === 'TCP') {
      throw new LabError(call.name, `The certificate can't be enabled for ${lower === 'um' ? 'UM' : 'UMCallRouter'} on ${shortName(server.fqdn).toUpperCase()} because the UMStartupMode is TCP. Set UMStartupMode to TLS or Dual first.`, {
        category: `InvalidOperation: (:) [${call.name}], InvalidOperationException`,
        hint: { key: 'certificateNeedsTls', params: { service: serviceName, server: server.fqdn } },
      });
    }
  }
  ctx.change((lab) => {
    const target = findExchangeServer(lab, server.fqdn)!;
    const cert = target.certificates.find((c) => c.thumbprint === certificate.thumbprint)!;
    for (const service of services) {
      const lower = service.toLowerCase();
      // UM and UMCallRouter hold one certificate each: assigning a new one replaces the old.
      if (lower === 'um') target.umService!.certificateThumbprint = cert.thumbprint;
      else if (lower === 'umcallrouter') target.callRouter!.certificateThumbprint = cert.thumbprint;
      else if (!cert.services.some((s) => s.toLowerCase() === lower)) cert.services.push(service);
    }
  });
  const umOnes = services.filter((s) => umServiceNames.has(s.toLowerCase()));
  if (umOnes.length > 0) {
    const names = umOnes.map((s) => (s.toLowerCase() === 'um' ? 'MSExchangeUM' : 'MSExchangeUMCR')).join(', ');
    ctx.warn(`The certificate will be used by ${umOnes.join(', ')} after the ${names} service is restarted on ${shortName(server.fqdn).toUpperCase()}.`);
    ctx.hint({ key: 'restartForCertificate', params: { services: names, server: server.fqdn } });
  }
  return [];
};

/**
 * Export-ExchangeCertificate: a certificate with its private key, for another server — refused
 * when the key was created non-exportable (`-PrivateKeyExportable $false`, the default).
 */
const exportExchangeCertificate: CmdletHandler = (call, ctx) => {
  const server = requireServer(ctx, call.name, stringParam(call, 'Server') ?? ctx.server);
  const thumbprint = (stringParam(call, 'Thumbprint') ?? stringParam(call, 'Identity')?.split('\\').pop() ?? '').toUpperCase();
  const certificate = server.certificates.find((c) => c.thumbprint.toUpperCase() === thumbprint && c.status === 'Valid');
  if (!certificate) {
    throw new LabError(call.name, `The certificate with thumbprint ${thumbprint || '(empty)'} was not found on server ${shortName(server.fqdn).toUpperCase()}.`, {
      category: `ObjectNotFound: (:) [${call.name}], ArgumentException`,
      hint: { key: 'certificateNotOnServer', params: { server: server.fqdn } },
    });
  }
  if (certificate.privateKeyExportable === false) {
    throw new LabError(call.name, `The private key of the certificate with thumbprint ${certificate.thumbprint} can't be exported: it was created with PrivateKeyExportable $false.`, {
      category: `InvalidOperation: (:) [${call.name}], InvalidOperationException`,
      hint: { key: 'privateKeyNotExportable', params: { server: server.fqdn } },
    });
  }
  const fileName = stringParam(call, 'FileName');
  if (fileName !== undefined) {
    const path = resolvePath(ctx.cwd, fileName);
    ctx.change((lab) => {
      lab.files[fold(path)] = { kind: 'text', text: `PFX ${certificate.thumbprint}`, thumbprint: certificate.thumbprint, server: server.fqdn };
    });
  }
  return [psObject('Microsoft.Exchange.Data.BinaryFileDataObject', { FileData: `(PKCS #12, ${certificate.thumbprint})` }, { view: 'list', display: certificate.thumbprint })];
};

const getExchangeCertificate: CmdletHandler = (call, ctx) => {
  const server = requireServer(ctx, call.name, stringParam(call, 'Server') ?? ctx.server);
  const wanted = (stringParam(call, 'Thumbprint') ?? stringParam(call, 'Identity')?.split('\\').pop())?.toUpperCase();
  const list = server.certificates.filter((c) => wanted === undefined || c.thumbprint.toUpperCase() === wanted);
  if (wanted !== undefined && list.length === 0) {
    throw new LabError(call.name, `The certificate with thumbprint ${wanted} was not found on server ${shortName(server.fqdn).toUpperCase()}.`, { category: `ObjectNotFound: (:) [${call.name}], ArgumentException` });
  }
  return list.map((c) => certificateObject(c, certificateServices(server, c)));
};

export const certificateCommands: Readonly<Record<string, CmdletHandler>> = {
  'New-ExchangeCertificate': newExchangeCertificate,
  'Import-ExchangeCertificate': importExchangeCertificate,
  'Enable-ExchangeCertificate': enableExchangeCertificate,
  'Get-ExchangeCertificate': getExchangeCertificate,
  'Export-ExchangeCertificate': exportExchangeCertificate,
  '[System.IO.File]::ReadAllBytes': readAllBytes,
};

