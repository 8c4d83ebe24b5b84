import * as app from '../ui/app-strings';
import * as canvas from '../ui/canvas/strings';
import * as diagnostics from '../ui/diagnostics/strings';
import * as editor from '../ui/editor/strings';
import * as embed from '../ui/embed/strings';
import * as exportNs from '../ui/export/strings';
import * as inspector from '../ui/inspector/strings';
import * as lesson from '../ui/lesson/strings';
import * as player from '../ui/player/strings';
import * as requests from '../ui/requests/strings';
import * as share from '../ui/share/strings';
import * as status from '../ui/status/strings';
import * as whatif from '../ui/whatif/strings';

/**
 * Every namespace of the UI's dictionary, one per folder of src/ui (each folder's strings live next to its
 * components). Add a namespace here and in NAMESPACES; the types follow.
 */
export const resources = {
  en: {
    app: app.en,
    requests: requests.en,
    player: player.en,
    whatif: whatif.en,
    share: share.en,
    embed: embed.en,
    export: exportNs.en,
    canvas: canvas.en,
    inspector: inspector.en,
    diagnostics: diagnostics.en,
    editor: editor.en,
    status: status.en,
    lesson: lesson.en,
  },
  zh: {
    app: app.zh,
    requests: requests.zh,
    player: player.zh,
    whatif: whatif.zh,
    share: share.zh,
    embed: embed.zh,
    export: exportNs.zh,
    canvas: canvas.zh,
    inspector: inspector.zh,
    diagnostics: diagnostics.zh,
    editor: editor.zh,
    status: status.zh,
    lesson: lesson.zh,
  },
} as const;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
