import { RequireSession } from '../../../components/require-session';
import { NewStoreStep } from '../../../components/wizard/new-store-step';

export default function NewStorePage() {
  return (
    <RequireSession>
      <NewStoreStep />
    </RequireSession>
  );
}
