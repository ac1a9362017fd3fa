/**
 * Derived category columns: named, documented rules that turn a text column into groups. They never
 * produce numbers — a derived column is a way of grouping rows, not new data.
 */
import type { DerivedRule } from './types';

/** The part of `value` before the first character that appears in `separators` (all of it when none). */
export function prefixBeforeSeparator(value: string, separators: string): string {
  let cut = value.length;
  for (const sep of separators) {
    const i = value.indexOf(sep);
    if (i >= 0 && i < cut) cut = i;
  }
  return value.slice(0, cut);
}

/**
 * Provider / model family of an LLM name, matched against the start of the name. Order matters only
 * where patterns could overlap; each entry names the organisation that trains and releases the model.
 */
export const MODEL_FAMILIES: readonly { family: string; pattern: RegExp }[] = [
  // GPT, ChatGPT, the o-series reasoning models (o1, o3-mini, o4-mini ...), gpt-oss and the older APIs.
  { family: 'OpenAI', pattern: /^(?:gpt|chatgpt|o[1-9](?![\w.])|text-davinci|davinci|codex)/ },
  { family: 'Anthropic', pattern: /^claude/ },
  { family: 'Google', pattern: /^(?:gemini|gemma|palm|bard)/ },
  { family: 'DeepSeek', pattern: /^deepseek/ },
  // Alibaba's Qwen models, including the QwQ reasoning model.
  { family: 'Qwen', pattern: /^(?:qwen|qwq)/ },
  { family: 'Meta', pattern: /^(?:llama|meta-llama|codellama|code-llama)/ },
  { family: 'Mistral', pattern: /^(?:mistral|mixtral|codestral|ministral|devstral|magistral|pixtral)/ },
  { family: 'xAI', pattern: /^grok/ },
  { family: 'Cohere', pattern: /^(?:command|cohere|aya)\b/ },
  { family: 'Moonshot AI', pattern: /^(?:kimi|moonshot)/ },
  { family: '01.AI', pattern: /^yi\b/ },
  { family: 'Microsoft', pattern: /^phi\b/ },
  { family: 'Zhipu AI', pattern: /^(?:glm|chatglm)/ },
  { family: 'All Hands AI', pattern: /^openhands/ },
];

/** Family of names that match no rule: anonymous ("stealth") models, unknown labs, typos. */
export const OTHER_FAMILY = 'Other';

/**
 * The provider / model family of a model name, e.g. "o3-mini (high)" -> "OpenAI", "Llama 4 Maverick" ->
 * "Meta". Case-insensitive. For a pairing such as "DeepSeek R1 + claude-3-5-sonnet" (aider's architect
 * mode) the first model, which plans the change, decides. A routing prefix like "openrouter/anthropic/"
 * is dropped: the last path segment names the model. Empty names stay '' (missing).
 */
export function modelFamily(name: string): string {
  const first = name.split(' + ')[0].trim().toLowerCase();
  if (first === '') return '';
  const model = first.slice(first.lastIndexOf('/') + 1);
  return MODEL_FAMILIES.find((f) => f.pattern.test(model))?.family ?? OTHER_FAMILY;
}

/** Applies a derived-column rule to every cell of its source column. */
export function deriveColumn(rule: DerivedRule, values: readonly string[], separators = ''): string[] {
  switch (rule) {
    case 'prefix-before-separator':
      return values.map((v) => prefixBeforeSeparator(v, separators));
    case 'model-family':
      return values.map(modelFamily);
  }
}
