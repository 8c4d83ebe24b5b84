/** What-if edits of the manifests text. See README.md for the rules. */
export { applyManifestEdit } from './apply-edit';
export type { EditResult, ManifestEdit, ManifestEditType, PodOwner, ScalableKind, ServiceFieldEdit } from './types';
