// Kebab-case ids for drafted entities and facts, unique within a bank.

/** "Ursula von der Leyen" -> "ursula-von-der-leyen"; accents folded; at most `max` characters. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > max ? slug.slice(0, max).replace(/-[^-]*$/, '') || slug.slice(0, max) : slug;
  return cut.replace(/-+$/, '');
}

/** Hands out ids once: a taken id gets -2, -3... so references stay unambiguous. */
export class IdPool {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.add(r);
  }

  take(wanted: string, fallback = 'item'): string {
    const base = slugify(wanted) || fallback;
    const start = /^[a-z0-9]/.test(base) ? base : `${fallback}-${base}`;
    let id = start;
    for (let k = 2; this.taken.has(id); k++) id = `${start}-${k}`;
    this.taken.add(id);
    return id;
  }
}
