/**
 * Thrown by every core function when its input cannot give a meaningful answer
 * (mismatched lengths, NaN in a reference point, unusable weights, ...).
 * The message says what is wrong and where, so the UI can show it as is.
 */
export class CoreInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoreInputError';
  }
}
