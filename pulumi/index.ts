// A single Marketplace Builder cell. One stack per cell: `pulumi stack init <cell-id>`; the
// README lists the configuration and how the control plane will drive this program.
import { Cell } from './src/cell';
import { readCellArgs } from './src/config';

const args = readCellArgs();
const cell = new Cell(args.cellId, args);

export const cellId = args.cellId;
export const cellKind = args.kind;
export const region = args.region;
export const capacity = cell.capacity;
export const apiUrl = cell.apiUrl;
export const storefrontUrl = cell.storefrontUrl;
export const databaseEndpoint = cell.databaseEndpoint;
export const redisEndpoint = cell.redisEndpoint;
export const mediaBucketName = cell.mediaBucketName;
export const secretArns = cell.secretArns;
