import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportRecipe } from '../data/import/types';
import type { SharedData } from '../state/share';

const saved: string[] = [];
vi.mock('../data/uploads', () => ({
  loadUpload: async () => undefined,
  saveUpload: async (recipe: ImportRecipe) => (saved.push(recipe.id), { persisted: true }),
  unsavedWarning: (reason: string) => `Not saved: ${reason}`,
}));

const { ASK_BEFORE_KEEPING_BYTES, NotKeptError, keepSharedData, utf8Bytes } = await import('./incoming');

const shared = (csv: string): SharedData => ({ v: 1, recipe: { id: 'upload-big' } as ImportRecipe, csv });

beforeEach(() => {
  saved.length = 0;
});

describe('keeping a share link’s data', () => {
  it('keeps data up to 1 MB without asking', async () => {
    const ask = vi.fn(async () => false);
    const csv = 'a,b\n' + 'x'.repeat(ASK_BEFORE_KEEPING_BYTES - 4);
    expect(utf8Bytes(csv)).toBe(ASK_BEFORE_KEEPING_BYTES);
    expect(await keepSharedData(shared(csv), { confirmKeep: ask })).toEqual({ id: 'upload-big' });
    expect(ask).not.toHaveBeenCalled();
    expect(saved).toEqual(['upload-big']);
  });

  it('asks before keeping more than 1 MB, with the size, and stores only on yes', async () => {
    const csv = 'a,b\n' + 'x'.repeat(ASK_BEFORE_KEEPING_BYTES);
    const no = vi.fn(async () => false);
    const refused = keepSharedData(shared(csv), { confirmKeep: no });
    await expect(refused).rejects.toBeInstanceOf(NotKeptError);
    await expect(refused).rejects.toThrow(/was not kept in this browser/);
    expect(no).toHaveBeenCalledWith(ASK_BEFORE_KEEPING_BYTES + 4);
    expect(saved).toEqual([]);
    const yes = vi.fn(async () => true);
    expect(await keepSharedData(shared(csv), { confirmKeep: yes })).toEqual({ id: 'upload-big' });
    expect(saved).toEqual(['upload-big']);
  });

  it('counts UTF-8 bytes, not characters: 600k two-byte characters are over 1 MB', async () => {
    const csv = 'é'.repeat(600_000);
    expect(utf8Bytes(csv)).toBe(1_200_000);
    expect(utf8Bytes('€😀')).toBe(3 + 4);
    const ask = vi.fn(async () => false);
    await expect(keepSharedData(shared(csv), { confirmKeep: ask })).rejects.toBeInstanceOf(NotKeptError);
    expect(ask).toHaveBeenCalledWith(1_200_000);
  });
});
