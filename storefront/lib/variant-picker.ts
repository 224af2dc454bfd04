// The variant picker's rules, kept apart from React so they can be tested on their own. A
// product has up to three option axes (size, colour, …); each variant has one value per axis.

export interface PickableVariant {
  id: string;
  available: boolean;
  options: Record<string, string>;
}

export type Selection = Record<string, string>;

function matches(variant: PickableVariant, selection: Selection): boolean {
  return Object.entries(selection).every(([axis, value]) => variant.options[axis] === value);
}

/** The variant with exactly these values, if the product has one. */
export function findVariant<V extends PickableVariant>(
  variants: V[],
  selection: Selection,
): V | undefined {
  return variants.find((variant) => matches(variant, selection));
}

/**
 * Where the picker starts: the variant a link asked for, else the first one in stock, else the
 * first one.
 */
export function initialVariant<V extends PickableVariant>(
  variants: V[],
  requestedId?: string,
): V | undefined {
  return (
    variants.find((variant) => variant.id === requestedId) ??
    variants.find((variant) => variant.available) ??
    variants[0]
  );
}

/**
 * The selection after the shopper picks `value` on `axis`. When no variant has that value with
 * the other current values, the other axes move to those of a variant that has it (one in
 * stock preferably), so the picker never rests on a combination that does not exist.
 */
export function choose<V extends PickableVariant>(
  variants: V[],
  current: Selection,
  axis: string,
  value: string,
): Selection {
  const wanted = { ...current, [axis]: value };
  if (findVariant(variants, wanted)) return wanted;
  const candidates = variants.filter((variant) => variant.options[axis] === value);
  const fallback = candidates.find((variant) => variant.available) ?? candidates[0];
  return fallback ? { ...fallback.options } : wanted;
}

export type ValueState = 'available' | 'sold-out' | 'unavailable';

/**
 * How a value of one axis would fare with the other axes as currently chosen: in stock, sold
 * out, or not made at all (picking it would move the other axes, see `choose`).
 */
export function valueState(
  variants: PickableVariant[],
  current: Selection,
  axis: string,
  value: string,
): ValueState {
  const variant = findVariant(variants, { ...current, [axis]: value });
  if (!variant) return 'unavailable';
  return variant.available ? 'available' : 'sold-out';
}
