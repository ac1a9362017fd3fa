import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveColumn, modelFamily, OTHER_FAMILY, prefixBeforeSeparator } from './derive';
import { parseCsv } from './parse';

describe('prefixBeforeSeparator', () => {
  it('cuts at the first of any separator', () => {
    expect(prefixBeforeSeparator('eva02_large_patch14_448.mim_m38m', '_.')).toBe('eva02');
    expect(prefixBeforeSeparator('resnet50.a1_in1k', '_.')).toBe('resnet50');
    expect(prefixBeforeSeparator('vit', '_.')).toBe('vit');
    expect(prefixBeforeSeparator('', '_.')).toBe('');
    expect(deriveColumn('prefix-before-separator', ['a_b', 'c.d'], '_.')).toEqual(['a', 'c']);
  });
});

/** Every model name of the bundled aider leaderboard and the provider it must land in. */
const AIDER_FAMILIES: Record<string, string> = {
  'Gemini 2.0 Pro exp-02-05': 'Google',
  'gpt-4o-mini-2024-07-18': 'OpenAI',
  'claude-3-5-sonnet-20241022': 'Anthropic',
  'gpt-4o-2024-11-20': 'OpenAI',
  'gpt-4o-2024-08-06': 'OpenAI',
  'o1-2024-12-17 (high)': 'OpenAI',
  'DeepSeek Chat V2.5': 'DeepSeek',
  'claude-3-5-haiku-20241022': 'Anthropic',
  'Qwen2.5-Coder-32B-Instruct': 'Qwen',
  'o1-mini-2024-09-12': 'OpenAI',
  'gemini-exp-1206': 'Google',
  'gemini-2.0-flash-exp': 'Google',
  'yi-lightning': '01.AI',
  'DeepSeek Chat V3 (prev)': 'DeepSeek',
  'Codestral 25.01': 'Mistral',
  'DeepSeek R1': 'DeepSeek',
  'DeepSeek R1 + claude-3-5-sonnet-20241022': 'DeepSeek',
  'qwen-max-2025-01-25': 'Qwen',
  'o3-mini (medium)': 'OpenAI',
  'o3-mini (high)': 'OpenAI',
  'gemini-2.0-flash-thinking-exp-01-21': 'Google',
  'chatgpt-4o-latest (2025-02-15)': 'OpenAI',
  'claude-3-7-sonnet-20250219 (no thinking)': 'Anthropic',
  'claude-3-7-sonnet-20250219 (32k thinking tokens)': 'Anthropic',
  'gpt-4.5-preview': 'OpenAI',
  'QwQ-32B': 'Qwen',
  'QwQ-32B + Qwen 2.5 Coder Instruct': 'Qwen',
  'command-a-03-2025-quality': 'Cohere',
  'gemma-3-27b-it': 'Google',
  'DeepSeek V3 (0324)': 'DeepSeek',
  'Gemini 2.5 Pro Preview 03-25': 'Google',
  'chatgpt-4o-latest (2025-03-29)': 'OpenAI',
  // Anonymous ("stealth") models: the leaderboard does not say who made them.
  'Quasar Alpha': 'Other',
  'Optimus Alpha': 'Other',
  'Llama 4 Maverick': 'Meta',
  'Grok 3 Beta': 'xAI',
  'Grok 3 Mini Beta (low)': 'xAI',
  'Grok 3 Mini Beta (high)': 'xAI',
  'gpt-4.1': 'OpenAI',
  'gpt-4.1-mini': 'OpenAI',
  'gpt-4.1-nano': 'OpenAI',
  'o4-mini (high)': 'OpenAI',
  'openhands-lm-32b-v0.1': 'All Hands AI',
  'gemini-2.5-flash-preview-04-17 (default)': 'Google',
  'Gemini 2.5 Pro Preview 05-06': 'Google',
  'Qwen3 32B': 'Qwen',
  'Qwen3 235B A22B diff, no think, Alibaba API': 'Qwen',
  'claude-sonnet-4-20250514 (no thinking)': 'Anthropic',
  'claude-sonnet-4-20250514 (32k thinking)': 'Anthropic',
  'claude-opus-4-20250514 (no think)': 'Anthropic',
  'claude-opus-4-20250514 (32k thinking)': 'Anthropic',
  'gemini-2.5-flash-preview-05-20 (no think)': 'Google',
  'gemini-2.5-flash-preview-05-20 (24k think)': 'Google',
  'gemini-2.5-pro-preview-06-05 (default think)': 'Google',
  'gemini-2.5-pro-preview-06-05 (32k think)': 'Google',
  'DeepSeek R1 (0528)': 'DeepSeek',
  'o3 (high)': 'OpenAI',
  o3: 'OpenAI',
  'o3 (high) + gpt-4.1': 'OpenAI',
  'o3-pro (high)': 'OpenAI',
  'grok-4 (high)': 'xAI',
  'Kimi K2': 'Moonshot AI',
  'gpt-oss-120b (high)': 'OpenAI',
  'gpt-5 (high)': 'OpenAI',
  'gpt-5 (medium)': 'OpenAI',
  'gpt-5 (low)': 'OpenAI',
  'DeepSeek-V3.2-Exp (Reasoner)': 'DeepSeek',
  'DeepSeek-V3.2-Exp (Chat)': 'DeepSeek',
};

describe('modelFamily', () => {
  it('places every model of the bundled aider leaderboard (69 runs, 68 names) as documented', () => {
    const file = 'aider-polyglot/aider-polyglot_leaderboard.csv';
    const table = parseCsv(readFileSync(join(__dirname, '..', '..', 'data', file), 'utf8'), file);
    const models = table.rows.map((r) => r[table.header.indexOf('model')]);
    expect(models).toHaveLength(69);
    expect(new Set(models)).toEqual(new Set(Object.keys(AIDER_FAMILIES)));
    const got = Object.fromEntries(models.map((m) => [m, modelFamily(m)]));
    expect(got).toEqual(AIDER_FAMILIES);
    // Only the two anonymous models fall through to Other.
    expect(models.filter((m) => modelFamily(m) === OTHER_FAMILY)).toEqual(['Quasar Alpha', 'Optimus Alpha']);
  });

  it('is case-insensitive, reads routing prefixes and lets the architect of a pair decide', () => {
    expect(modelFamily('openrouter/anthropic/claude-3.5-sonnet')).toBe('Anthropic');
    expect(modelFamily('fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct')).toBe('Qwen');
    expect(modelFamily('CLAUDE-3-OPUS')).toBe('Anthropic');
    expect(modelFamily('claude-3-opus + gpt-4o')).toBe('Anthropic');
    expect(modelFamily('Mixtral 8x22B')).toBe('Mistral');
    expect(modelFamily('meta-llama/Llama-3.1-405B')).toBe('Meta');
    expect(modelFamily('phi-4')).toBe('Microsoft');
    expect(modelFamily('glm-4.5')).toBe('Zhipu AI');
    expect(modelFamily('text-davinci-003')).toBe('OpenAI');
  });

  it('does not mistake look-alikes for the o-series and keeps unknowns as Other, empties as missing', () => {
    expect(modelFamily('o1')).toBe('OpenAI');
    expect(modelFamily('o10-fake')).toBe(OTHER_FAMILY);
    expect(modelFamily('olmo-2')).toBe(OTHER_FAMILY);
    expect(modelFamily('yiddish-bot')).toBe(OTHER_FAMILY);
    expect(modelFamily('some lab model')).toBe(OTHER_FAMILY);
    expect(modelFamily('')).toBe('');
    expect(deriveColumn('model-family', ['gpt-4', ''])).toEqual(['OpenAI', '']);
  });
});
