// create -> poll -> download with openapi-generator's typescript-fetch client.
import { Configuration, MediaApi, MediaProcessingStatus, ResponseError } from '../../out/oag-typescript-fetch/src';
import { clientFetch, env, expectNumber, log, pngBlob, save, sleep, TERMINAL_FAILURES } from './common';

async function main(): Promise<void> {
  // fetchApi: clientFetch (common.ts) drops X-Api-Key when downloadMedia redirects to the file host
  // and, with POLYGLOT_WIRE_ADAPTER, reads answers through the wire adapter.
  const media = new MediaApi(new Configuration({ basePath: env.baseUrl, apiKey: env.apiKey, fetchApi: clientFetch }));

  // multipart/form-data: files are Blobs; the generator builds the FormData.
  const created = await media.createMedia({ prompt: 'A cat surfing a wave', duration: 1, imageFiles: [pngBlob()] });
  const id: string = created.data.id;
  log(`created ${id}: ${created.data.processingStatus}`);

  for (let i = 0; ; i++) {
    const { data } = await media.getMediaProcessingStatus({ mediaId: id });
    const status: MediaProcessingStatus = data.processingStatus;
    expectNumber(data.progressPercentage, 'progress_percentage');
    if (status === MediaProcessingStatus.SUCCESS) break;
    if (TERMINAL_FAILURES.includes(status)) throw new Error(`job ended with ${status}`);
    if (i > 600) throw new Error('timed out waiting');
    await sleep(100);
  }
  log('status: success');

  try {
    const response = await media.downloadMediaRaw({ mediaId: id });
    await save(response.raw.body, env.out);
  } catch (error) {
    if (error instanceof ResponseError) throw new Error(`download: HTTP ${error.response.status}`);
    throw error;
  }
  log(`downloaded ${env.out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
