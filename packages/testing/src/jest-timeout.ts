// Integration and end-to-end hooks start real services and databases; on a busy 2-core machine
// that takes seconds, so they get a minute instead of Jest's 5 s. (A project-level
// `testTimeout` is not applied by Jest's multi-project runner, hence this set-up file.)
jest.setTimeout(60_000);
