/**
 * Copies `text`: the async Clipboard API when the page may use it, else the old way — select the
 * visible input and execCommand('copy'). Resolves false when neither worked; the input is then left
 * selected so the person can press Ctrl+C (⌘C).
 */
export async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, insecure context, document not focused): try the old way.
  }
  if (!input) return false;
  input.focus();
  input.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}
