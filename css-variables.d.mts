import type { Plugin } from 'vite'

export function pruneCssVariables(): Plugin
