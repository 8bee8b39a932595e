import type { Plugin } from 'vite'

export function firstVisit(): Plugin
export function marianneInDevelopment(): Plugin
