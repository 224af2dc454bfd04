import { peekInvitationPath, rememberInvitation, takeInvitationPath } from './pending-invitation';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (name: string) => values.get(name) ?? null,
    setItem: (name: string, value: string) => void values.set(name, value),
    removeItem: (name: string) => void values.delete(name),
  };
}

describe('a pending invitation', () => {
  it('brings the invitee back to the invitation once, after signing in', () => {
    const storage = memoryStorage();
    rememberInvitation(storage, '#token=abc_DEF-123');
    expect(takeInvitationPath(storage)).toBe('/invitations/accept#token=abc_DEF-123');
    expect(takeInvitationPath(storage)).toBeNull();
  });

  it('can be read for a sign-in link without being taken', () => {
    const storage = memoryStorage();
    expect(peekInvitationPath(storage)).toBeNull();
    rememberInvitation(storage, '#token=abc');
    expect(peekInvitationPath(storage)).toBe('/invitations/accept#token=abc');
    expect(takeInvitationPath(storage)).toBe('/invitations/accept#token=abc');
  });

  it('keeps nothing that is not an invitation token', () => {
    const storage = memoryStorage();
    rememberInvitation(storage, '#token=abc"><script>');
    rememberInvitation(storage, '#next=https://evil.example');
    expect(takeInvitationPath(storage)).toBeNull();
    storage.setItem('mpb.pendingInvitation', '//evil.example');
    expect(takeInvitationPath(storage)).toBeNull();
  });
});
