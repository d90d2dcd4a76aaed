// create -> poll -> download with openapi-typescript types + openapi-fetch.
import createClient from 'openapi-fetch';
import type { components, paths } from '../../out/openapi-typescript/schema';
import { clientFetch, env, expectNumber, log, pngBlob, save, sleep, TERMINAL_FAILURES } from './common';

type MediaProcessingStatus = components['schemas']['MediaProcessingStatus'];

/** multipart/form-data for openapi-fetch (it sends JSON unless told otherwise): arrays repeat the field. */
function formData(body: object): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item instanceof Blob) form.append(name, item, `${name}.png`);
      else form.append(name, String(item));
    }
  }
  return form;
}

async function main(): Promise<void> {
  // fetch: clientFetch (common.ts) drops X-Api-Key when downloadMedia redirects to the file host
  // and, with POLYGLOT_WIRE_ADAPTER, reads answers through the wire adapter.
  const client = createClient<paths>({ baseUrl: env.baseUrl, headers: { 'X-Api-Key': env.apiKey }, fetch: clientFetch });

  const created = await client.POST('/media', {
    body: { prompt: 'A cat surfing a wave', duration: 1, image_files: [pngBlob()] },
    bodySerializer: formData,
  });
  if (!created.data) throw new Error(`createMedia: HTTP ${created.response.status}`);
  const id: string = created.data.data.id;
  log(`created ${id}: ${created.data.data.processing_status}`);

  for (let i = 0; ; i++) {
    const polled = await client.GET('/media/{media_id}/processing-status', { params: { path: { media_id: id } } });
    if (!polled.data) throw new Error(`getMediaProcessingStatus: HTTP ${polled.response.status}`);
    const status: MediaProcessingStatus = polled.data.data.processing_status;
    expectNumber(polled.data.data.progress_percentage, 'progress_percentage');
    if (status === 'success') break;
    if (TERMINAL_FAILURES.includes(status)) throw new Error(`job ended with ${status}`);
    if (i > 600) throw new Error('timed out waiting');
    await sleep(100);
  }
  log('status: success');

  const download = await client.GET('/media/{media_id}/download', {
    params: { path: { media_id: id } },
    parseAs: 'stream',
  });
  if (!download.response.ok) throw new Error(`download: HTTP ${download.response.status}`);
  await save(download.data ?? null, env.out);
  log(`downloaded ${env.out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
