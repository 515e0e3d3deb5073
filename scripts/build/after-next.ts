// The steps after the Next.js export, in one module so that the build can load them while Next.js
// builds (they would otherwise take two seconds after it).
export { copyReusedPages, writeManifest } from '../reuse-pages'
export { postBuild } from '../postbuild'
export { spliceSetAsideBodies } from './steps/bodies'
export { checkExport } from './steps/output-checks'
export { finishPages } from './steps/finish-pages'
export { writeFilesForHosts } from './steps/host-files'
export { writeImages } from './steps/images'
export { writePreviewImages } from './steps/preview-images'
export { reloadContent } from './steps/reload-content'
export { indexForSearch } from './steps/search-index'
