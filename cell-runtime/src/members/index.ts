export { currentMember, type Member, type MemberAuthDeps } from './authenticate-member';
export { adminBinder, createAuthorizer, type Authorize, type Authorizer } from './authorize';
export { internalMembersRouter, staffRouter } from './routes';
