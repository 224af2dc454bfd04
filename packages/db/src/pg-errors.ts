interface PgError {
  code?: string;
  constraint?: string;
}

/** True for a unique-constraint violation, optionally of one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = error as PgError;
  return (
    pgError?.code === '23505' && (constraint === undefined || pgError.constraint === constraint)
  );
}

export function isForeignKeyViolation(error: unknown): boolean {
  return (error as PgError)?.code === '23503';
}

export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const pgError = error as PgError;
  return (
    pgError?.code === '23514' && (constraint === undefined || pgError.constraint === constraint)
  );
}

/** A constraint name from a violation, for mapping to the field at fault. */
export function violatedConstraint(error: unknown): string | undefined {
  return (error as PgError)?.constraint;
}
