import { describe } from 'vitest';
import { DC_PAT_WORDS } from '../../../../lib/kinds/dc-pat/words';
import { checkRows } from '../../findings/rows';

describe('catalogue: the dc-pat words', () => {
  checkRows(DC_PAT_WORDS);
});
