// create -> poll -> download with @hey-api/openapi-ts (its fetch client).
import { client } from '../../out/hey-api/client.gen';
import { createMedia, downloadMedia, getMediaProcessingStatus } from '../../out/hey-api/sdk.gen';
import type { MediaProcessingStatus } from '../../out/hey-api/types.gen';
import { clientFetch, env, expectNumber, log, pngBlob, save, sleep, TERMINAL_FAILURES } from './common';

async function main(): Promise<void> {
  // auth: the value of the apiKey security scheme (sent as X-Api-Key);
  // fetch: clientFetch (common.ts) drops it when downloadMedia redirects to the file host
  // and, with POLYGLOT_WIRE_ADAPTER, reads answers through the wire adapter.
  client.setConfig({ baseUrl: env.baseUrl, auth: () => env.apiKey, fetch: clientFetch });

  // multipart/form-data: the SDK serializes the body with its formDataBodySerializer; files are Blobs.
  const created = await createMedia({
    body: { prompt: 'A cat surfing a wave', duration: 1, image_files: [pngBlob()] },
    throwOnError: true,
  });
  const id: string = created.data.data.id;
  log(`created ${id}: ${created.data.data.processing_status}`);

  for (let i = 0; ; i++) {
    const { data } = await getMediaProcessingStatus({ path: { media_id: id }, throwOnError: true });
    const status: MediaProcessingStatus = data.data.processing_status;
    expectNumber(data.data.progress_percentage, 'progress_percentage');
    if (status === 'success') break;
    if (TERMINAL_FAILURES.includes(status)) throw new Error(`job ended with ${status}`);
    if (i > 600) throw new Error('timed out waiting');
    await sleep(100);
  }
  log('status: success');

  const download = await downloadMedia({ path: { media_id: id }, parseAs: 'stream' });
  if (!download.response.ok) throw new Error(`download: HTTP ${download.response.status}`);
  await save(download.response.body, env.out);
  log(`downloaded ${env.out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
