export function chromiumExecutable(): string | undefined
export function journeyChromium(): string | undefined
