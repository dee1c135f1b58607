const percent = new Intl.NumberFormat('en-GB', { style: 'percent' });

/**
 * How far a file's upload has got (0 to 1; undefined when none is going), as a labelled progress bar and a
 * status line a screen reader announces: the share sent, then `afterUpload` while the service works on it.
 */
export function UploadProgress({ fileName, progress, afterUpload }: { fileName: string | undefined; progress: number | undefined; afterUpload: string }) {
  return (
    <div className="govuk-body">
      {progress !== undefined ? (
        <>
          <label className="govuk-label" htmlFor="upload-progress">
            Uploading {fileName}
          </label>
          <progress id="upload-progress" className="app-progress" max={1} value={progress}>
            {percent.format(progress)}
          </progress>
        </>
      ) : null}
      <p role="status">{progress !== undefined ? (progress < 1 ? `Uploading: ${percent.format(progress)} sent` : `Uploaded: ${afterUpload}`) : ''}</p>
    </div>
  );
}
