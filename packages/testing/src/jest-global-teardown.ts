export default async function globalTeardown(): Promise<void> {
  const services =
    (globalThis as { __mpbTestServices?: { stop(): Promise<void> }[] }).__mpbTestServices ?? [];
  for (const service of services) await service.stop();
}
