import { RequireSession } from '../../components/require-session';
import { StoreList } from '../../components/store-list';

export default function StoresPage() {
  return (
    <RequireSession>
      <StoreList />
    </RequireSession>
  );
}
