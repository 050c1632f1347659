// Uploads one file to a Zhifa host with the standard tus-js-client, as the web tests' Node.js client.
// Usage: node upload.mjs <base url> <file> <cookie header> <case id>
// Prints one JSON line: {"url": the upload URL, "evidenceId": the evidence item's id}.
import fs from 'node:fs';
import path from 'node:path';
import { Upload } from 'tus-js-client';

const [baseUrl, file, cookie, caseId] = process.argv.slice(2);
let evidenceId = null;

const upload = new Upload(fs.createReadStream(file), {
  endpoint: `${baseUrl}/api/uploads/`,
  uploadSize: fs.statSync(file).size,
  chunkSize: 1024 * 1024,
  retryDelays: [0, 200, 1000],
  headers: { Cookie: cookie },
  metadata: { caseId, filename: path.basename(file), filetype: 'video/mp4' },
  onAfterResponse: (_request, response) => {
    const id = response.getHeader('Zhifa-Evidence-Id');
    if (id) {
      evidenceId = id;
    }
  },
  onError: (error) => {
    console.error(`upload failed: ${error}`);
    process.exit(1);
  },
  onSuccess: () => {
    console.log(JSON.stringify({ url: upload.url, evidenceId }));
  },
});
upload.start();
