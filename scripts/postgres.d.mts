export function postgresMissingMessage(): string
export function startThrowawayPostgres(): Promise<{
  url: string
  dataDirectory: string
  stop(): void
}>
