// Public surface of `codedesk data fetch`: the release list, the downloader, the unpacker and the
// orchestration the CLI calls.

export { type DownloadOptions, type DownloadProgress, type DownloadResult, downloadFile } from './download.js';
export {
  type FetchedFile,
  type FetchOptions,
  type FetchProgressEvent,
  type FetchReport,
  type FetchStatus,
  fetchReleases,
  mirrorUrl,
  type ReleaseReport,
} from './fetch-releases.js';
export { type Receipt, type Verification, WORK_DIR } from './receipt.js';
export {
  type ArchiveExpectation,
  type DownloadLicence,
  type ExpectedMember,
  OFFICIAL_RELEASES,
  type Publisher,
  type ReleaseDownload,
  selectReleases,
  type UrlConfidence,
} from './release-list.js';
export { flatMemberName, type UnpackedFile, type UnpackOptions, unpackZip } from './unpack.js';
export { checkMember, type MemberCheck, sha256File, sha256FileLf } from './verify.js';
