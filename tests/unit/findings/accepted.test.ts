import { describe } from 'vitest';
import { ACCEPTED_ROWS } from '../../../lib/findings/accepted';
import { checkRows } from './rows';

describe('catalogue: the accepted rows', () => {
  checkRows(ACCEPTED_ROWS, 'accepted');
});
