import { describe } from 'vitest';
import { OAUTH_ACCESS_TOKEN_WORDS } from '../../../../lib/kinds/oauth-access-token/words';
import { checkRows } from '../../findings/rows';

describe('catalogue: the oauth-access-token words', () => {
  checkRows(OAUTH_ACCESS_TOKEN_WORDS);
});
