export function startServerProcess(env: Record<string, string>): {
  url: Promise<string>
  stop(): Promise<void>
}
export function newPostgresDatabase(prefix: string): Promise<{
  env: Record<string, string>
  drop(): Promise<void>
}>
