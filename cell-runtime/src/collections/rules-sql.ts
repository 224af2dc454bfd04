import type { CollectionRules } from '@mpb/contracts';
import type { Knex } from '@mpb/db';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Adds a rule collection's conditions to a query over `products as p`: all of them (`all`) or
 * at least one (`any`). Values are always bound parameters.
 */
export function applyCollectionRules(query: Knex.QueryBuilder, rules: CollectionRules): void {
  void query.where((group) => {
    for (const condition of rules.conditions) {
      const add = rules.match === 'all' ? group.andWhere.bind(group) : group.orWhere.bind(group);
      add((clause: Knex.QueryBuilder) => {
        switch (condition.field) {
          case 'tag':
            void clause.whereRaw('p.tags @> array[?]::text[]', [condition.value]);
            break;
          case 'title':
            void clause.whereILike('p.title', `%${escapeLike(condition.value)}%`);
            break;
          case 'price':
            void clause.where(
              'p.price',
              condition.operator === 'gte' ? '>=' : '<=',
              condition.value,
            );
            break;
          case 'category':
            void clause.whereExists((sub) =>
              sub
                .select(sub.client.raw('1'))
                .from('product_categories as pc')
                .join('categories as c', 'c.id', 'pc.category_id')
                .whereRaw('pc.product_id = p.id')
                .where('c.handle', condition.value),
            );
            break;
        }
      });
    }
  });
}
