export function chromiumExecutable(): string | undefined
export function journeyChromium(): string | undefined
export function isHeadlessShell(executable: string): boolean
