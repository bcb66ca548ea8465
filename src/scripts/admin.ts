/**
 * Starts Sveltia CMS, bundled from the npm package with its fonts and icons, so the editor
 * loads nothing from third-party CDNs. It reads /admin/config.yml (see src/pages/admin/).
 */
import CMS from '@sveltia/cms';

CMS.init();
