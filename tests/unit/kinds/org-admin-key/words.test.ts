import { describe } from 'vitest';
import { ORG_ADMIN_KEY_WORDS } from '../../../../lib/kinds/org-admin-key/words';
import { checkRows } from '../../findings/rows';

describe('catalogue: the org-admin-key words', () => {
  checkRows(ORG_ADMIN_KEY_WORDS);
});
