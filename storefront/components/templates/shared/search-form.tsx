import type { Messages } from '../../../lib/i18n';
import { PreviewFields } from '../../preview-fields';

/**
 * The store's search box, styled by each template. One visible label for screen readers
 * ("Search products"), a GET form to /search that works without JavaScript, and the preview's
 * parameters carried along inside a preview.
 */
export function SearchForm({
  messages,
  query,
  className,
  inputClassName,
  buttonClassName,
}: {
  messages: Messages;
  query?: string | undefined;
  className: string;
  inputClassName: string;
  buttonClassName: string;
}) {
  return (
    <form role="search" action="/search" method="get" className={className}>
      <label htmlFor="store-search" className="sr-only">
        {messages.searchLabel}
      </label>
      <input
        id="store-search"
        type="search"
        name="q"
        defaultValue={query}
        maxLength={200}
        placeholder={messages.searchPlaceholder}
        autoComplete="off"
        className={inputClassName}
      />
      <PreviewFields />
      <button type="submit" className={buttonClassName}>
        {messages.searchButton}
      </button>
    </form>
  );
}
