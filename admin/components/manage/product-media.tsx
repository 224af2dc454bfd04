'use client';

import { useRef, useState, type FormEvent } from 'react';
import type { MediaView } from '@mpb/contracts';
import { apiErrorToForm, describeApiError, type FieldErrors } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { FileField } from '../ui/file-field';
import { useManage } from './manage-provider';
import { useLoad } from './use-load';

/** A product's images: upload with a text alternative, reorder, remove. */
export function ProductMedia({ productId }: { productId: string }) {
  const { t } = useI18n();
  const { api, can } = useManage();
  const media = useLoad(`media:${productId}`, (signal) => api.listMedia(productId, signal));
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const items = media.data?.items ?? [];
  const canWrite = can('catalog:write');

  async function act(id: string, action: () => Promise<unknown>) {
    setBusyId(id);
    setError(null);
    try {
      await action();
      media.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusyId(null);
    }
  }

  // Positions are rewritten for the two images swapped, so the order is exactly as shown.
  const move = (index: number, by: -1 | 1) => {
    const current = items[index];
    const other = items[index + by];
    if (!current || !other) return;
    void act(current.id, async () => {
      await api.updateMedia(current.id, { position: index + by });
      await api.updateMedia(other.id, { position: index });
    });
  };

  return (
    <section className={`${cardClass} space-y-4`} aria-labelledby="media-heading">
      <h2 id="media-heading" className="text-lg font-semibold">
        {t.manage.products.images}
      </h2>
      <FormAlert
        message={error || media.error ? describeApiError(error ?? media.error, t) : null}
      />
      {items.length === 0 && !media.isLoading ? <p>{t.manage.products.noImages}</p> : null}
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((image, index) => (
          <MediaItem
            key={image.id}
            image={image}
            isFirst={index === 0}
            isLast={index === items.length - 1}
            isBusy={busyId === image.id}
            canWrite={canWrite}
            onMove={(by) => move(index, by)}
            onDelete={() => void act(image.id, () => api.deleteMedia(image.id))}
          />
        ))}
      </ul>
      {canWrite ? <UploadForm productId={productId} onUploaded={media.reload} /> : null}
    </section>
  );
}

function MediaItem({
  image,
  isFirst,
  isLast,
  isBusy,
  canWrite,
  onMove,
  onDelete,
}: {
  image: MediaView;
  isFirst: boolean;
  isLast: boolean;
  isBusy: boolean;
  canWrite: boolean;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  const name = image.alt || t.manage.products.untitledImage;
  return (
    <li className="space-y-2 rounded-md border border-slate-200 p-2">
      <img
        src={image.url}
        srcSet={image.srcset}
        sizes="(min-width: 1024px) 20rem, 100vw"
        alt={image.alt}
        className="aspect-square w-full rounded object-cover"
      />
      <p className="text-sm break-words text-slate-700">
        {isFirst ? `${t.manage.products.mainImage} · ` : ''}
        {image.alt || t.manage.products.noAlt}
      </p>
      {canWrite ? (
        <div className="flex flex-wrap gap-1">
          <Button variant="quiet" disabled={isFirst || isBusy} onClick={() => onMove(-1)}>
            {t.manage.products.moveEarlier}
            <span className="sr-only"> {name}</span>
          </Button>
          <Button variant="quiet" disabled={isLast || isBusy} onClick={() => onMove(1)}>
            {t.manage.products.moveLater}
            <span className="sr-only"> {name}</span>
          </Button>
          <Button variant="quiet" disabled={isBusy} onClick={onDelete}>
            {t.manage.common.delete}
            <span className="sr-only"> {name}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

function UploadForm({ productId, onUploaded }: { productId: string; onUploaded: () => void }) {
  const { t } = useI18n();
  const { api } = useManage();
  const fileRef = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setErrors({ file: t.manage.products.chooseImage });
      fileRef.current?.focus();
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      await api.uploadMedia(productId, file, alt);
      setAlt('');
      if (fileRef.current) fileRef.current.value = '';
      onUploaded();
    } catch (error) {
      const mapped = apiErrorToForm(error, t, ['file', 'alt']);
      setErrors(mapped.fields);
      setFormError(mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="space-y-3 border-t border-slate-200 pt-4"
      aria-label={t.manage.products.addImage}
    >
      <FormAlert message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FileField
          ref={fileRef}
          label={t.manage.products.imageFile}
          name="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
          hint={t.manage.products.imageHint}
          error={errors.file}
        />
        <TextField
          label={t.manage.products.alt}
          name="alt"
          maxLength={500}
          value={alt}
          onChange={(event) => setAlt(event.target.value)}
          hint={t.manage.products.altHint}
          error={errors.alt}
        />
      </div>
      <Button
        type="submit"
        variant="secondary"
        isPending={isPending}
        pendingLabel={t.manage.products.uploading}
      >
        {t.manage.products.addImage}
      </Button>
    </form>
  );
}
