// Test support for other packages' tests (import from '@mpb/cell-runtime/testing').
export { testCellDeps, TEST_PREVIEW_SECRET, TEST_STRIPE_KEY } from './test-deps';
export { createCellHarness, type CellHarness, type TestStore } from './cell-harness';
