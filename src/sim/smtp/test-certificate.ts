import { generate } from 'selfsigned';

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made when a test starts (none is kept in the
 * repository): the SMTP sink serves it, and a sender trusts it only when told to.
 */
export async function selfSignedCertificate(
  commonName = 'localhost',
): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
