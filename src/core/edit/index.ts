/** What-if edits of the manifests text. See README.md for the rules. */
export { applyManifestEdit } from './apply-edit';
export { summarizeEdit } from './summarize-edit';
export type { EditDone, EditResult, ManifestEdit, ManifestEditType, PodOwner, ScalableKind, ServiceFieldEdit } from './types';
