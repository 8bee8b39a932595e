// The overview's resource in the API (contract/openapi.ts), apart from its schemas: the early
// script asks for its first page (no filter in the address) before the app's bundle has arrived.
export const TENANTS_PATH = '/tenants'
