import { describe } from 'vitest';
import { CLOUD_API_TOKEN_WORDS } from '../../../../lib/kinds/cloud-api-token/words';
import { checkRows } from '../../findings/rows';

describe('catalogue: the cloud-api-token words', () => {
  checkRows(CLOUD_API_TOKEN_WORDS);
});
