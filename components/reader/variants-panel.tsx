import type { Variant } from '@/lib/analysis/types';
import { variantForms, type OutletColumn } from '@/lib/reader/story-view';

const TYPE_NAMES: Record<Variant['type'], string> = {
  spelling: 'spelling',
  case: 'capitalisation',
  transliteration: 'transliteration',
  renaming: 'renaming',
};

/** Naming conventions across the story: for each entity, which outlet writes which form, how often. */
export function VariantsPanel({ variants, columns }: { variants: readonly Variant[]; columns: readonly OutletColumn[] }) {
  if (variants.length === 0) return null;
  return (
    <section aria-labelledby="variants-heading" className="panel">
      <h2 id="variants-heading" className="text-lg font-semibold">
        Names written differently
      </h2>
      <ul className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {variants.map((variant) => {
          const forms = variantForms(variant);
          return (
            <li key={variant.canonical}>
              <p className="font-medium">
                <bdi>{forms.join(' / ')}</bdi> <span className="text-sm font-normal text-muted">({TYPE_NAMES[variant.type]})</span>
              </p>
              <ul className="mt-1 text-sm">
                {columns
                  .filter((column) => variant.forms[column.articleId]?.length)
                  .map((column) => (
                    <li key={column.articleId}>
                      {column.name}:{' '}
                      {variant.forms[column.articleId]!.map((form, index) => (
                        <span key={form.form}>
                          {index > 0 && ', '}
                          <bdi className="font-medium">{form.form}</bdi> {form.count}×
                        </span>
                      ))}
                    </li>
                  ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
