import * as pulumi from '@pulumi/pulumi';
import type { CellIntegrations, CellSettings } from './app-settings';
import type { CellArgs } from './cell';
import { cellKinds, environments, maxCellIdLength, type SizeOverrides } from './cell-plan';

/**
 * Reads the stack's configuration into the Cell's arguments. Pulumi checks presence, enums and
 * patterns here; the Cell checks the rest, so a Cell built by the Automation API is checked too.
 * The one secret value, the internal API token, is read with `requireSecret` so it stays
 * encrypted in the stack file and in state. The platform's own credentials (Stripe, SMTP,
 * WhatsApp) are named by the ARN of a secret created beforehand; every other credential is
 * generated inside the program.
 */
export function readCellArgs(): CellArgs {
  const config = new pulumi.Config();
  const network = config.requireObject<Partial<CellArgs['network']>>('network');
  const images = config.requireObject<Partial<CellArgs['images']>>('images');
  return {
    cellId: config.require('cellId', { pattern: /^[a-z][a-z0-9-]*$/, maxLength: maxCellIdLength }),
    kind: config.require('cellKind', { allowedValues: [...cellKinds] }),
    environment: config.require('environment', { allowedValues: [...environments] }),
    // The AWS region is the provider's own setting, so `pulumi config set aws:region` still works.
    region: new pulumi.Config('aws').require('region'),
    capacity: config.getNumber('capacity', { min: 1 }),
    network: {
      vpcId: requireString(network.vpcId, 'network.vpcId'),
      privateSubnetIds: requireStrings(network.privateSubnetIds, 'network.privateSubnetIds'),
      routerSecurityGroupId: requireString(
        network.routerSecurityGroupId,
        'network.routerSecurityGroupId',
      ),
      controlPlaneSecurityGroupId: network.controlPlaneSecurityGroupId,
      allowedCidrs: network.allowedCidrs ?? [],
    },
    images: {
      cellRuntime: requireString(images.cellRuntime, 'images.cellRuntime'),
      cellWorker: requireString(images.cellWorker, 'images.cellWorker'),
      storefront: requireString(images.storefront, 'images.storefront'),
    },
    sizes: config.getObject<SizeOverrides>('sizes'),
    highAvailability: config.getBoolean('highAvailability'),
    logRetentionDays: config.getNumber('logRetentionDays'),
    auth: {
      jwksUrl: config.require('authJwksUrl', { pattern: /^https?:\/\// }),
      adminOrigins: requireStrings(config.requireObject<unknown>('adminOrigins'), 'adminOrigins'),
    },
    internalApiToken: config.requireSecret('internalApiToken'),
    internalApiTokenPrevious: config.getSecret('internalApiTokenPrevious'),
    integrations: readIntegrations(config),
    settings: config.getObject<CellSettings>('settings'),
  };
}

/** The shapes only; `planAppVariables` (app-settings.ts) checks the values for the Cell. */
function readIntegrations(config: pulumi.Config): CellIntegrations {
  const stripe = config.requireObject<Record<string, unknown>>('stripe');
  const mail = config.requireObject<Record<string, unknown>>('mail');
  const whatsapp = config.getObject<Record<string, unknown>>('whatsapp');
  const mediaCdn = config.getObject<Record<string, unknown>>('mediaCdn');
  return {
    publicBaseUrl: config.require('publicBaseUrl'),
    stripe: {
      secretKeyArn: requireString(stripe.secretKeyArn, 'stripe.secretKeyArn'),
      ...(stripe.apiBase === undefined
        ? {}
        : { apiBase: requireString(stripe.apiBase, 'stripe.apiBase') }),
    },
    mail: {
      smtpUrlSecretArn: requireString(mail.smtpUrlSecretArn, 'mail.smtpUrlSecretArn'),
      fromAddress: requireString(mail.fromAddress, 'mail.fromAddress'),
    },
    ...(whatsapp && {
      whatsapp: {
        apiUrl: requireString(whatsapp.apiUrl, 'whatsapp.apiUrl'),
        apiTokenSecretArn: requireString(whatsapp.apiTokenSecretArn, 'whatsapp.apiTokenSecretArn'),
      },
    }),
    ...(mediaCdn && {
      mediaCdn: {
        publicBaseUrl: requireString(mediaCdn.publicBaseUrl, 'mediaCdn.publicBaseUrl'),
        distributionArn: requireString(mediaCdn.distributionArn, 'mediaCdn.distributionArn'),
      },
    }),
  };
}

// Objects from config are parsed JSON, not checked against the type: check what the Cell needs.
function requireString(value: unknown, key: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new Error(`config ${key} must be a non-empty string`);
  }
  return value;
}

function requireStrings(value: unknown, key: string): string[] {
  if (!Array.isArray(value)) throw new Error(`config ${key} must be a list of strings`);
  return value.map((item, index) => requireString(item, `${key}[${index}]`));
}
