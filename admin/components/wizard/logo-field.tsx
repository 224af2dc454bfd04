'use client';

import { useRef, useState } from 'react';
import { describeApiError } from '../../lib/form-errors';
import { useI18n } from '../i18n-provider';
import { Button } from '../ui/button';
import { FileField } from '../ui/file-field';

const accepted = 'image/png,image/jpeg,image/webp,image/gif,image/avif';
const maxBytes = 5 * 1024 * 1024;

interface Props {
  /** False while the store is being set up: the logo is kept by the store itself. */
  canUpload: boolean;
  hasLogo: boolean;
  upload: (file: File) => Promise<void>;
  remove: () => Promise<void>;
}

/** Uploads the logo as soon as it is chosen, so leaving the page never loses it. */
export function LogoField({ canUpload, hasLogo, upload, remove }: Props) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState('');

  async function run(task: () => Promise<void>, done: string) {
    setIsBusy(true);
    setError(undefined);
    setNotice('');
    try {
      await task();
      setNotice(done);
    } catch (caught) {
      setError(describeApiError(caught, t));
    } finally {
      setIsBusy(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  function choose(file: File | undefined) {
    if (!file) return;
    if (!accepted.split(',').includes(file.type)) return setError(t.wizard.identity.logoType);
    if (file.size > maxBytes) return setError(t.wizard.identity.logoTooLarge);
    void run(() => upload(file), t.wizard.identity.logoSaved);
  }

  return (
    <div className="space-y-2">
      <FileField
        ref={inputRef}
        label={t.wizard.identity.logo}
        name="logo"
        accept={accepted}
        disabled={!canUpload || isBusy}
        hint={canUpload ? t.wizard.identity.logoHint : t.wizard.identity.logoWaiting}
        error={error}
        onChange={(event) => choose(event.target.files?.[0])}
      />
      {hasLogo ? (
        <Button
          variant="quiet"
          disabled={isBusy}
          onClick={() => void run(remove, t.wizard.identity.logoRemoved)}
        >
          {t.wizard.identity.removeLogo}
        </Button>
      ) : null}
      <p role="status" className="text-sm text-green-800">
        {isBusy ? t.wizard.identity.logoUploading : notice}
      </p>
    </div>
  );
}
