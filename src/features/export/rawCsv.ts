import { create } from 'zustand';

/**
 * The Export menu's "Raw cells (no spreadsheet escaping)" choice, shared by every CSV download (the
 * Export menu's and the comparison table's). Ephemeral on purpose: each session starts with the safe
 * default, so a file handed on to someone with a spreadsheet is escaped unless asked otherwise now.
 */
interface RawCsvState {
  raw: boolean;
  toggle: () => void;
}

export const useRawCsv = create<RawCsvState>((set) => ({
  raw: false,
  toggle: () => set((s) => ({ raw: !s.raw })),
}));
