/** Saves text as a file: a Blob behind an object URL, clicked on a temporary <a download>, then released. */
export function downloadTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Some browsers read the URL after click() returns: release it a moment later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** A file-name stem from a display name: letters, digits, '.', '_' and '-', never empty. */
export function fileStem(name: string, fallback = 'dataset'): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 80);
  return stem || fallback;
}
