// The evidence upload form: sends the chosen file to /api/uploads over tus with tus-js-client. An interrupted
// upload resumes by itself: on a broken connection or a 409 (stale offset) the client asks HEAD for the
// server's offset and continues from there; a page reload resumes the same upload from the stored URL.
(function () {
  'use strict';
  const form = document.getElementById('evidence-upload');
  if (!form || !window.tus) {
    return;
  }

  const progress = document.getElementById('evidence-progress');
  const status = document.getElementById('evidence-status');
  const say = (text) => { status.textContent = text; };

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const file = form.elements.file.files[0];
    if (!file) {
      say(form.dataset.textChoose);
      return;
    }

    const metadata = { caseId: form.dataset.caseId, filename: file.name, filetype: file.type || 'application/octet-stream' };
    if (form.elements.step.value) { metadata.step = form.elements.step.value; }
    if (form.elements.deviceId.value) { metadata.deviceId = form.elements.deviceId.value; }
    if (form.elements.capturedAt.value) { metadata.capturedAt = new Date(form.elements.capturedAt.value).toISOString(); }

    const upload = new window.tus.Upload(file, {
      endpoint: '/api/uploads/',
      chunkSize: 8 * 1024 * 1024,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
      metadata: metadata,
      onProgress: function (sent, total) {
        progress.max = total;
        progress.value = sent;
        say(form.dataset.textProgress + ' ' + Math.floor(sent * 100 / total) + '%');
      },
      onError: function (error) { say(form.dataset.textFailed + ' ' + error); },
      onSuccess: function () {
        say(form.dataset.textDone);
        window.location.reload();
      },
    });
    upload.findPreviousUploads().then(function (previous) {
      if (previous.length > 0) {
        upload.resumeFromPreviousUpload(previous[0]);
      }
      upload.start();
    });
  });
})();
