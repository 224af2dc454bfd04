import type { StoreTemplate } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';

interface TemplateRow {
  id: string;
  names: StoreTemplate['name'];
  descriptions: StoreTemplate['description'];
  preview: StoreTemplate['preview'];
}

/** Old ids still accepted on input: the first template was called `default`. */
const templateAliases: Record<string, string> = { default: 'classic' };

export function canonicalTemplateId(id: string): string {
  return templateAliases[id] ?? id;
}

export async function listActiveTemplates(db: Knex): Promise<StoreTemplate[]> {
  const rows = await db('templates')
    .where({ is_active: true })
    .orderBy([{ column: 'position' }, { column: 'id' }])
    .select<TemplateRow[]>('id', 'names', 'descriptions', 'preview');
  return rows.map((row) => ({
    id: row.id,
    name: row.names,
    description: row.descriptions,
    preview: row.preview,
  }));
}

/** The active template an id (or alias) names; 400 naming `field` otherwise. */
export async function requireActiveTemplate(db: Knex, id: string, field: string): Promise<string> {
  const canonical = canonicalTemplateId(id);
  const row = await db('templates')
    .where({ id: canonical, is_active: true })
    .first<{ id: string } | undefined>('id');
  if (!row) throw AppError.validation({ [field]: 'is not an available template' });
  return row.id;
}
