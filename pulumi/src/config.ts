import * as pulumi from '@pulumi/pulumi';
import type { CellArgs } from './cell';
import { cellKinds, environments, maxCellIdLength, type SizeOverrides } from './cell-plan';

/**
 * Reads the stack's configuration into the Cell's arguments. Pulumi checks presence, enums and
 * patterns here; the Cell checks the rest, so a Cell built by the Automation API is checked too.
 * The one secret, the internal API token, is read with `requireSecret` so it stays encrypted in
 * the stack file and in state; every other credential is generated inside the program.
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
