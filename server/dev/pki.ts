import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface TestPki {
  /** The private CA's certificate: what NODE_EXTRA_CA_CERTS points to. */
  caFile: string
  /** A certificate for 127.0.0.1 and localhost, signed by the CA, and its key. */
  cert: string
  key: string
}

/**
 * A private certificate authority and a server certificate for 127.0.0.1 and localhost, made
 * with openssl in `directory` (reused when already there): what the tests' OpenID providers
 * serve https with, and what Node trusts through NODE_EXTRA_CA_CERTS.
 */
export function testPki(directory: string): TestPki {
  const file = (name: string) => join(directory, name)
  try {
    return {
      caFile: file('ca.pem'),
      cert: readFileSync(file('server.pem'), 'utf8'),
      key: readFileSync(file('server-key.pem'), 'utf8'),
    }
  } catch {
    // Not made yet.
  }
  mkdirSync(directory, { recursive: true })
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' })
  openssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    file('ca-key.pem'),
    '-out',
    file('ca.pem'),
    '-days',
    '30',
    '-subj',
    '/CN=Reglages FranceConnect test CA',
  )
  openssl(
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    file('server-key.pem'),
    '-out',
    file('server.csr'),
    '-subj',
    '/CN=127.0.0.1',
  )
  writeFileSync(
    file('server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  )
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca-key.pem'),
    '-CAcreateserial',
    '-out',
    file('server.pem'),
    '-days',
    '30',
    '-extfile',
    file('server.ext'),
  )
  return testPki(directory)
}
