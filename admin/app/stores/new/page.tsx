import { CreateStoreForm } from '../../../components/create-store-form';
import { RequireSession } from '../../../components/require-session';

export default function NewStorePage() {
  return (
    <RequireSession>
      <CreateStoreForm />
    </RequireSession>
  );
}
