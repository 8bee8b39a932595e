import { createContext, useContext, type ReactNode } from 'react'

/** Where the mock API's own panel goes; it ships with the mock, never in the main bundle. */
export const MockPanelSlot = createContext<ReactNode>(null)

export function MockPanel() {
  return useContext(MockPanelSlot)
}
