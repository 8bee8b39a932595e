// The FranceConnect stand-in of the Playwright journeys: oidc-provider at /api/v2, over https
// with the private CA of E2E_PKI_DIR, on E2E_FRANCECONNECT_PORT; keys are registered by the
// journeys (dynamic client registration), as FranceConnect issues them.
import { startFranceConnectStandIn } from './franceconnect-stand-in'
import { testPki } from './pki'

const standIn = await startFranceConnectStandIn(testPki(process.env.E2E_PKI_DIR ?? '.demo-pki'), {
  port: Number(process.env.E2E_FRANCECONNECT_PORT ?? 8444),
})
process.stdout.write(`FranceConnect de test : ${standIn.issuer}\n`)
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => void standIn.close().then(() => process.exit(0)))
}
