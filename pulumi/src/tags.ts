import type { CellKind, Environment } from './cell-plan';

/**
 * The tags every resource of a cell carries. Cost reports split by cell and kind, and the
 * platform's clean-up and audit jobs find a cell's resources by `mpb:cell-id`.
 */
export function cellTags(cell: {
  cellId: string;
  kind: CellKind;
  environment: Environment;
}): Record<string, string> {
  return {
    'mpb:cell-id': cell.cellId,
    'mpb:cell-kind': cell.kind,
    'mpb:environment': cell.environment,
    ManagedBy: 'pulumi',
  };
}
