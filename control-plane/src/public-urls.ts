/** Public URLs of the platform and its stores, derived from PUBLIC_BASE_URL. */
export class PublicUrls {
  private readonly base: URL;

  constructor(publicBaseUrl: string) {
    this.base = new URL(publicBaseUrl);
  }

  /** The platform's own host name, for example `localhost` or `marketplace.example`. */
  get platformDomain(): string {
    return this.base.hostname;
  }

  subdomainHost(slug: string): string {
    return `${slug}.${this.base.hostname}`;
  }

  storefront(slug: string): string {
    const url = new URL(this.base);
    url.hostname = this.subdomainHost(slug);
    return url.origin;
  }

  /** A page of the admin app, on the platform host. */
  admin(path: string): string {
    return new URL(path, this.base).toString();
  }

  storeApi(slug: string): string {
    return `${this.storefront(slug)}/api/v1`;
  }
}
